package com.aeghash.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Registration and reads over HTTP, with roles. Shared context: every test builds below its own sponsor. */
@IntegrationTest
class OrganizationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    MemberRepository members;

    private ApiClient admin;
    private String root;

    @BeforeEach
    void setUp() {
        admin = ApiClient.admin(port);
        root = members.rootMemberId().orElseGet(() -> {
            String id = TestIds.unique("root");
            assertThat(register(admin, id, null, null).status()).isEqualTo(201);
            return id;
        });
    }

    @Test
    void registrationPlacesMembersAndReportsSpillover() {
        String sponsor = registered(root);
        String left = registered(sponsor);
        registered(sponsor);

        ApiClient.Response third = register(admin, TestIds.member(), sponsor, sponsor);

        assertThat(third.status()).isEqualTo(201);
        assertThat(third.map())
                .containsEntry("parentId", left)
                .containsEntry("side", "LEFT")
                .containsEntry("spillover", true)
                .containsEntry("sponsorId", sponsor);
        assertThat((String) third.map().get("binaryPath"))
                .endsWith(sponsor + "/" + left + "/" + third.map().get("memberId"));
        assertThat((String) third.map().get("referralCode")).hasSize(8);
        ApiClient.Response spilloverPage = admin.get("/api/v1/organization/spillovers?sponsorId=" + sponsor);
        assertThat(spilloverPage.json().path("next").isNull()).isTrue();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> spillovers =
                (List<Map<String, Object>>) spilloverPage.map().get("items");
        assertThat(spillovers).singleElement().satisfies(spillover -> {
            assertThat(spillover).containsEntry("memberId", third.map().get("memberId"));
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
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");
        ApiClient operations = ApiClient.newOperator(port, "OPERATIONS");

        assertThat(register(finance, TestIds.member(), sponsor, sponsor).status())
                .isEqualTo(403);
        assertThat(register(ApiClient.anonymous(port), TestIds.member(), sponsor, sponsor)
                        .status())
                .isEqualTo(401);
        assertThat(register(operations, TestIds.member(), sponsor, sponsor).status())
                .isEqualTo(201);
        assertThat(finance.get("/api/v1/members/" + sponsor + "/organization?tree=unilevel&depth=1")
                        .status())
                .isEqualTo(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void treesAreReadNestedAndUplinesNearestFirst() {
        String sponsor = registered(root);
        String a = registered(sponsor);
        String b = registered(sponsor);
        String c = registered(sponsor);

        Map<String, Object> binary = admin.get("/api/v1/members/" + sponsor + "/organization?tree=binary&depth=2")
                .map();
        Map<String, Object> top = (Map<String, Object>) binary.get("root");
        List<Map<String, Object>> children = (List<Map<String, Object>>) top.get("children");
        assertThat(children).extracting(child -> child.get("memberId")).containsExactly(a, b);
        assertThat((List<Map<String, Object>>) children.get(0).get("children"))
                .extracting(child -> child.get("memberId"))
                .containsExactly(c);
        assertThat(top).containsEntry("leftLegPv", "0").containsEntry("rightLegPv", "0");
        Map<String, Object> unilevel = admin.get("/api/v1/members/" + sponsor + "/organization?tree=unilevel&depth=1")
                .map();
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) unilevel.get("root")).get("children"))
                .hasSize(3);
        Map<String, Object> upline = admin.get("/api/v1/members/" + c + "/upline?tree=binary&levels=2")
                .map();
        assertThat((List<Map<String, Object>>) upline.get("uplines"))
                .extracting(entry -> entry.get("memberId"))
                .containsExactly(a, sponsor);
        assertThat(admin.get("/api/v1/members/" + c).map()).containsKey("referralCode");
        assertProblem(admin.get("/api/v1/members/ghost-member/upline?tree=binary"), 404, "not_found");
        assertProblem(admin.get("/api/v1/members/" + c + "/organization?tree=ternary"), 400, "validation_failed");
    }

    @Test
    void aReferralCodeIsResolvedForTheMemberAppAndOperatorsAsTyped() {
        String member = registered(root);
        String code = (String) admin.get("/api/v1/members/" + member).map().get("referralCode");
        String lookup = "/api/v1/members?referralCode=";

        ApiClient.Response app = ApiClient.newOperator(port, "MEMBER_APP").get(lookup + code);
        ApiClient.Response typedInLowerCase =
                ApiClient.newOperator(port, "FINANCE").get(lookup + code.toLowerCase());

        assertThat(app.status()).isEqualTo(200);
        assertThat(app.map()).containsEntry("memberId", member).containsEntry("referralCode", code);
        assertThat(typedInLowerCase.map()).containsEntry("memberId", member);
        assertProblem(admin.get(lookup + "UUUUUUUU"), 404, "not_found");
        assertProblem(admin.get(lookup + "AB-12"), 400, "validation_failed");
        assertThat(admin.get(lookup + "AB-12").map()).containsEntry("field", "referralCode");
        assertProblem(admin.get("/api/v1/members"), 400, "validation_failed");
        assertThat(ApiClient.anonymous(port).get(lookup + code).status()).isEqualTo(401);
    }

    private String registered(String sponsor) {
        String id = TestIds.member();
        ApiClient.Response response = register(admin, id, sponsor, sponsor);
        assertThat(response.status())
                .as("registration of %s: %s", id, response.body())
                .isEqualTo(201);
        return id;
    }

    private static ApiClient.Response register(ApiClient client, String memberId, String referrerId, String sponsorId) {
        Map<String, Object> body = new HashMap<>();
        body.put("memberId", memberId);
        body.put("referrerId", referrerId);
        body.put("sponsorId", sponsorId);
        return client.postJson("/api/v1/members", body);
    }

    private static void assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
        assertThat(response.map()).containsEntry("code", code);
    }
}
