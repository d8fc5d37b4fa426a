package com.aeghash.withdrawal.internal;

import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.risk.IpAddresses;
import com.aeghash.withdrawal.PayoutGateway;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a withdrawal request completely before anything is written: member id, a withdrawable asset, an
 * amount of at most 8 decimals (members hold 8), a well-formed destination the asset's gateway can pay to, an
 * IP literal, device and geo texts. Returns the request in its stored form (destination normalised, blanks as
 * absent).
 */
@Component
class WithdrawalRequestValidator {

    private static final Pattern DEVICE_ID = Pattern.compile("^[\\x21-\\x7E]{1,128}$");
    private static final Pattern GEO = Pattern.compile("^[\\p{L}\\p{N} ,.'/_-]{1,64}$");
    private final PayoutGateways gateways;

    WithdrawalRequestValidator(PayoutGateways gateways) {
        this.gateways = gateways;
    }

    WithdrawalRequest validated(WithdrawalRequest request) {
        MemberIds.require(request.memberId(), "memberId");
        PayoutGateway gateway = gateways.forAsset(request.asset())
                .orElseThrow(() -> WithdrawalErrors.assetNotWithdrawable(request.asset()));
        Amounts.requireMemberScale(request.amount(), "amount");
        String destination = blankToNull(request.destination());
        if (destination != null) {
            destination = DestinationAddresses.normalize(request.asset(), destination, "destination");
        }
        String ipAddress = blankToNull(request.ipAddress());
        if (ipAddress != null && IpAddresses.parse(ipAddress).isEmpty()) {
            throw ApiException.validation("ipAddress", "must be an IPv4 or IPv6 address");
        }
        String deviceId = checked(
                blankToNull(request.deviceId()), DEVICE_ID, "deviceId", "must be 1-128 printable ASCII characters");
        String geo = checked(blankToNull(request.geo()), GEO, "geo", "must be 1-64 letters, digits, spaces or ,.'/_-");
        // Last: the shape of every field is checked first, so a malformed request is a 400 whatever the gateway says.
        gateway.checkDestination(request.memberId(), request.asset(), destination);
        return new WithdrawalRequest(
                request.memberId(), request.asset(), request.amount(), destination, ipAddress, deviceId, geo);
    }

    private static String checked(String value, Pattern shape, String field, String rule) {
        if (value != null && !shape.matcher(value).matches()) {
            throw ApiException.validation(field, rule);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
