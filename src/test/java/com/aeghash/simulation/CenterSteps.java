package com.aeghash.simulation;

import com.aeghash.testsupport.ApiClient;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The operator's center decisions (bonus.md, "Centers"), through the real API as ADMIN: designate a center (mostly the
 * highest-ranked member that is not one yet, so that the center bonus can be paid), revoke one (its explicit
 * assignments go with it), assign a buyer's center explicitly or clear it. The {@link Model} follows each accepted
 * decision; a refused one must be refused for the documented reason.
 */
final class CenterSteps {

    private final SimulationRun run;
    private final Model model;

    CenterSteps(SimulationRun run) {
        this.run = run;
        this.model = run.model;
    }

    void execute(Op op) {
        switch (op.choice() % 8) {
            case 0, 1, 2, 3 -> designate(op);
            case 4 -> revoke(op);
            case 5, 6 -> assign(op);
            default -> clear(op);
        }
    }

    /**
     * The buyer of a big order: the first member still FREE from the fourth level of the two-legged structure on
     * (members 7 to 14 of the heap are the eight D0 that make member 0 a D3, by pairs: D1, D2, D3), else the first
     * FREE one, else the picked member.
     */
    String bigOrderBuyer(int pick) {
        return model.members.stream()
                .skip(Math.min(7, model.members.size()))
                .filter(member -> model.ranks.level(member) == 0)
                .findFirst()
                .or(() -> model.members.stream()
                        .filter(member -> model.ranks.level(member) == 0)
                        .findFirst())
                .orElse(run.member(pick));
    }

    private void designate(Op op) {
        String member = op.target() % 3 == 0
                ? run.member(op.target())
                : model.members.stream()
                        .filter(candidate -> !model.centers.containsKey(candidate))
                        .max(Comparator.comparingInt(model.ranks::level)
                                .thenComparing(Comparator.comparingInt(model.members::indexOf)
                                        .reversed()))
                        .orElse(run.member(op.target()));
        ApiClient.Response response = run.app.admin().postJson("/api/v1/centers", Map.of("memberId", member));
        if (model.centers.containsKey(member)) {
            SimulationRun.expect(isCode(response, 409, "already_center"), "second designation of " + member, response);
            return;
        }
        SimulationRun.expect(response.status() == 201, "designation of " + member, response);
        model.centers.put(member, model.ranks.referrerOf(member));
    }

    private void revoke(Op op) {
        List<String> centers = sortedCenters();
        if (centers.isEmpty()) {
            return;
        }
        String center = centers.get(op.target() % centers.size());
        ApiClient.Response response = run.app.admin().delete("/api/v1/centers/" + center);
        SimulationRun.expect(response.status() == 204, "revocation of " + center, response);
        model.centers.remove(center);
        model.assignments.values().removeIf(center::equals);
    }

    private void assign(Op op) {
        List<String> centers = sortedCenters();
        if (centers.isEmpty()) {
            return;
        }
        String buyer = run.member(op.target());
        // half the time the highest-ranked center (so that the center bonus is paid), else any
        String center = op.amount() % 2 == 0
                ? centers.stream()
                        .max(Comparator.comparingInt(model.ranks::level))
                        .orElseThrow()
                : centers.get((int) (op.amount() % centers.size()));
        ApiClient.Response response =
                run.app.admin().put("/api/v1/members/" + buyer + "/center", "{\"centerMemberId\":\"" + center + "\"}");
        if (buyer.equals(center)) {
            SimulationRun.expect(isCode(response, 422, "self_assignment"), "self assignment of " + buyer, response);
            return;
        }
        SimulationRun.expect(response.status() == 200, "assignment of " + buyer + " to " + center, response);
        model.assignments.put(buyer, center);
    }

    private void clear(Op op) {
        String buyer = run.member(op.target());
        ApiClient.Response response = run.app.admin().delete("/api/v1/members/" + buyer + "/center");
        SimulationRun.expect(response.status() == 204, "cleared center of " + buyer, response);
        model.assignments.remove(buyer);
    }

    private List<String> sortedCenters() {
        return model.centers.keySet().stream().sorted().toList();
    }

    private static boolean isCode(ApiClient.Response response, int status, String code) {
        return response.status() == status && response.body().contains("\"code\":\"" + code + "\"");
    }
}
