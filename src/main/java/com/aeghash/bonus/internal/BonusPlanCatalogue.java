package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusPlans;
import com.aeghash.bonus.BonusRule;
import com.aeghash.common.ApiException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The configured plans ({@link BonusProperties}) by name, fixed at boot. */
@Component
class BonusPlanCatalogue implements BonusPlans {

    private final Map<String, List<BonusRule>> rulesByPlan;

    BonusPlanCatalogue(BonusProperties properties) {
        this.rulesByPlan = Collections.unmodifiableMap(properties.rulesByPlan());
    }

    @Override
    public Set<String> names() {
        return rulesByPlan.keySet();
    }

    /** The plan's rules; a 422 {@code unknown_bonus_plan} for a name no longer configured. */
    List<BonusRule> rulesOf(String plan) {
        List<BonusRule> rules = rulesByPlan.get(plan);
        if (rules == null) {
            throw ApiException.unprocessable(
                    "unknown_bonus_plan", "bonus plan '" + plan + "' is not configured (aeghash.bonus.plans)");
        }
        return rules;
    }
}
