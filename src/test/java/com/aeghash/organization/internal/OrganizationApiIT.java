package com.aeghash.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.RestApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/** Registration and reads over HTTP, with roles. Shared context: every test builds below its own sponsor. */
@IntegrationTest
class OrganizationApiIT {

    @LocalServerPort
    int port;
    @Autowired
    MemberRepository members;
    private RestApiClient admin;
    private String root;

    @BeforeEach
    void setUp() {
        admin = RestApiClient.admin(port);
        root = members.rootMemberId().orElseGet(() -> {
            String id = TestIds.unique("root");
            assertThat(register(admin, id, null, null).getStatusCode().value()).isEqualTo(201);
            return id;
        });
    }

    @Test
    void registrationPlacesMembersAndReportsSpillover() {
        String sponsor = registered(root);
        String left = registered(sponsor);
        registered(sponsor);

        ResponseEntity<Map<String, Object>> third = register(admin, TestIds.member(), sponsor, sponsor);

        assertThat(third.getStatusCode().value()).isEqualTo(201);
        assertThat(third.getBody()).containsEntry("parentId", left).containsEntry("side", "LEFT")
                .containsEntry("spillover", true).containsEntry("sponsorId", sponsor);
        assertThat((String) third.getBody().get("binaryPath")).endsWith(sponsor + "/" + left + "/"
                + third.getBody().get("memberId"));
        assertThat((String) third.getBody().get("referralCode")).hasSize(8);
        List<Map<String, Object>> spillovers = admin.getList("/api/v1/organization/spillovers?sponsorId=" + sponsor)
                .getBody();
        assertThat(spillovers).singleElement().satisfies(spillover -> {
            assertThat(spillover).containsEntry("memberId", third.getBody().get("memberId"));
            assertThat(spillover).containsEntry("parentId", left);
        });
    }

    @Test
    void registrationErrorsAreProblemsWithStableCodes() {
        String sponsor = registered(root);

        assertProblem(register(admin, sponsor, root, root), 409, "member_exists");
        assertProblem(register(admin, TestIds.member(), "ghost-referrer", sponsor), 422, "unknown_referrer");
        assertProblem(register(admin, TestIds.member(), sponsor, "ghost-sponsor"), 422, "unknown_sponsor");
        assertProblem(register(admin, TestIds.member(), sponsor, null), 422, "sponsor_required");
        assertProblem(register(admin, TestIds.member(), null, null), 422, "referrer_required");
        assertProblem(register(admin, "bad id!", sponsor, sponsor), 400, "validation_failed");
    }

    @Test
    void onlyOperationsAndAdminsRegisterButEveryOperatorReads() {
        String sponsor = registered(root);
        RestApiClient finance = RestApiClient.newOperator(port, "FINANCE");
        RestApiClient operations = RestApiClient.newOperator(port, "OPERATIONS");

        assertThat(register(finance, TestIds.member(), sponsor, sponsor).getStatusCode().value()).isEqualTo(403);
        assertThat(register(RestApiClient.anonymous(port), TestIds.member(), sponsor, sponsor).getStatusCode().value())
                .isEqualTo(401);
        assertThat(register(operations, TestIds.member(), sponsor, sponsor).getStatusCode().value()).isEqualTo(201);
        assertThat(finance.get("/api/v1/members/" + sponsor + "/organization?tree=unilevel&depth=1")
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void treesAreReadNestedAndUplinesNearestFirst() {
        String sponsor = registered(root);
        String a = registered(sponsor);
        String b = registered(sponsor);
        String c = registered(sponsor);

        Map<String, Object> binary = admin.get("/api/v1/members/" + sponsor + "/organization?tree=binary&depth=2")
                .getBody();
        Map<String, Object> top = (Map<String, Object>) binary.get("root");
        List<Map<String, Object>> children = (List<Map<String, Object>>) top.get("children");
        assertThat(children).extracting(child -> child.get("memberId")).containsExactly(a, b);
        assertThat((List<Map<String, Object>>) children.get(0).get("children"))
                .extracting(child -> child.get("memberId")).containsExactly(c);
        assertThat(top).containsEntry("leftLegPv", "0").containsEntry("rightLegPv", "0");
        Map<String, Object> unilevel = admin.get("/api/v1/members/" + sponsor + "/organization?tree=unilevel&depth=1")
                .getBody();
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) unilevel.get("root")).get("children"))
                .hasSize(3);
        Map<String, Object> upline = admin.get("/api/v1/members/" + c + "/upline?tree=binary&levels=2").getBody();
        assertThat((List<Map<String, Object>>) upline.get("uplines")).extracting(entry -> entry.get("memberId"))
                .containsExactly(a, sponsor);
        assertThat(admin.get("/api/v1/members/" + c).getBody()).containsKey("referralCode");
        assertProblem(admin.get("/api/v1/members/ghost-member/upline?tree=binary"), 404, "not_found");
        assertProblem(admin.get("/api/v1/members/" + c + "/organization?tree=ternary"), 400, "validation_failed");
    }

    private String registered(String sponsor) {
        String id = TestIds.member();
        ResponseEntity<Map<String, Object>> response = register(admin, id, sponsor, sponsor);
        assertThat(response.getStatusCode().value()).as("registration of %s: %s", id, response.getBody()).isEqualTo(201);
        return id;
    }

    private static ResponseEntity<Map<String, Object>> register(RestApiClient client, String memberId, String referrerId,
            String sponsorId) {
        Map<String, Object> body = new HashMap<>();
        body.put("memberId", memberId);
        body.put("referrerId", referrerId);
        body.put("sponsorId", sponsorId);
        return client.post("/api/v1/members", body);
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> response, int status, String code) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getBody()).containsEntry("code", code);
    }
}
