package com.aeghash.mining.internal;

import com.aeghash.approval.ApprovalRequests;
import com.aeghash.audit.AuditLog;
import com.aeghash.common.UnitOfWork;
import com.aeghash.config.HashDamProperties;
import com.aeghash.config.VendorEndpoints;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.internal.balances.MiningBalanceRepository;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import com.aeghash.mining.internal.etl.EtlChunkListener;
import com.aeghash.mining.internal.etl.EtlRunRepository;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import com.aeghash.mining.internal.hashpower.HashPowerService;
import com.aeghash.mining.internal.hashpower.HashPowerSettingRepository;
import com.aeghash.mining.internal.project.ProjectSnapshotRepository;
import com.aeghash.mining.internal.project.ProjectSnapshotService;
import com.aeghash.mining.internal.withdrawal.MiningWithdrawalRepository;
import com.aeghash.mining.internal.withdrawal.MiningWithdrawalsService;
import com.aeghash.notification.Notifier;
import com.aeghash.security.OperatorIdentity;
import java.net.http.HttpClient;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Wires the mining module: the HashDam client on the JDK HTTP client with configured timeouts, and the services. */
@Configuration(proxyBeanMethods = false)
class MiningConfiguration {

    @Bean
    HashDamClient hashDamClient(RestClient.Builder builder, VendorEndpoints endpoints, HashDamProperties properties) {
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build());
        requestFactory.setReadTimeout(properties.readTimeout());
        return new HashDamClient(
                builder.requestFactory(requestFactory).build(), endpoints::hashDamBaseUrl, properties.apiKey());
    }

    @Bean
    ProjectSnapshotService projectSnapshotService(
            HashDamClient hashDam, ProjectSnapshotRepository snapshots, UnitOfWork unitOfWork, Clock clock) {
        return new ProjectSnapshotService(hashDam, snapshots, unitOfWork, clock);
    }

    @Bean
    HashPowerService hashPowerService(
            Ledger ledger,
            HashPowerSettingRepository settings,
            MiningBalanceRepository balances,
            AuditLog audit,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new HashPowerService(ledger, settings, balances, audit, unitOfWork, clock);
    }

    @Bean
    DailyProfitEtl dailyProfitEtl(
            HashDamClient hashDam,
            Ledger ledger,
            EtlRunRepository runs,
            MiningBalanceRepository balances,
            Notifier notifier,
            UnitOfWork unitOfWork,
            Clock clock,
            MiningProperties properties) {
        return new DailyProfitEtl(
                hashDam, ledger, runs, balances, notifier, unitOfWork, clock, properties.etl(), EtlChunkListener.NONE);
    }

    @Bean
    MiningService miningService(
            ProjectSnapshotService snapshots,
            HashPowerService hashPower,
            MiningBalanceRepository balances,
            DailyProfitEtl etl) {
        return new MiningService(snapshots, hashPower, balances, etl);
    }

    @Bean
    MiningWithdrawalsService miningWithdrawals(
            HashDamClient hashDam,
            Ledger ledger,
            MiningWithdrawalRepository withdrawals,
            AuditLog audit,
            Notifier notifier,
            ApplicationEventPublisher events,
            UnitOfWork unitOfWork,
            Clock clock,
            MiningProperties properties,
            ApprovalRequests approvals,
            OperatorIdentity identity) {
        return new MiningWithdrawalsService(
                hashDam,
                ledger,
                withdrawals,
                audit,
                notifier,
                events,
                unitOfWork,
                clock,
                properties.withdrawals(),
                approvals,
                identity);
    }
}
