package com.aeghash.organization.internal;

import com.aeghash.common.SqlTimes;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Members over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class JdbcMemberRepository implements MemberRepository {

    private final JdbcTemplate jdbc;

    public JdbcMemberRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(String memberId, String referralCode, Instant registeredAt, String registeredBy) {
        return jdbc.update("""
                INSERT INTO organization_members (member_id, referral_code, registered_at, registered_by)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""", memberId, referralCode, SqlTimes.utc(registeredAt), registeredBy) == 1;
    }

    @Override
    public boolean claimRoot(String memberId) {
        return jdbc.update(
                        "INSERT INTO organization_root (singleton, member_id) VALUES (1, ?) ON CONFLICT DO NOTHING",
                        memberId)
                == 1;
    }

    @Override
    public Optional<String> rootMemberId() {
        return jdbc.queryForList("SELECT member_id FROM organization_root WHERE singleton = 1", String.class).stream()
                .findFirst();
    }

    @Override
    public boolean exists(String memberId) {
        return referralCode(memberId).isPresent();
    }

    @Override
    public Optional<String> referralCode(String memberId) {
        return jdbc
                .queryForList(
                        "SELECT referral_code FROM organization_members WHERE member_id = ?", String.class, memberId)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<String> memberIdByReferralCode(String referralCode) {
        return jdbc
                .queryForList(
                        "SELECT member_id FROM organization_members WHERE referral_code = ?",
                        String.class,
                        referralCode)
                .stream()
                .findFirst();
    }
}
