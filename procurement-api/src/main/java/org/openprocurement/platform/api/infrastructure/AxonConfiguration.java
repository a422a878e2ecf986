package org.openprocurement.platform.api.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.openprocurement.platform.core.appeal.Challenge;
import org.openprocurement.platform.core.appeal.Complaint;
import org.openprocurement.platform.core.bid.Bid;
import org.openprocurement.platform.core.budget.BudgetLine;
import org.openprocurement.platform.core.comment.PublicComment;
import org.openprocurement.platform.core.disclosure.Disclosure;
import org.openprocurement.platform.core.disclosurerequest.DisclosureRequest;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.method.WorkingCalendar;
import org.openprocurement.platform.core.tender.Tender;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.Resource;

/** Axon on PostgreSQL without Axon Server: JDBC storage, Jackson everywhere, the platform's aggregates. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EventStoreProperties.class, CalendarProperties.class})
class AxonConfiguration {

    /** Processing groups (projections and policies) that run in the transaction appending the events. */
    static final String[] IN_TRANSACTION_PROJECTIONS = {
        "budget-line-view",
        "tender-view",
        "bid-view",
        "tender-budget-policy",
        "overdue-steps",
        "disclosure-request-view",
        "process-disclosure",
        "appeal-view",
        "public-comment-view"
    };

    @Bean
    PlatformClock clock(
            @Value("${procurement.clock.adjustable:false}") boolean adjustable,
            @Value("${procurement.security.mode:demo}") String securityMode) {
        // Only demo and test runs may move time; a production (jwt) run never does, whatever is configured.
        // Axon's own message timestamps stay on the system clock: they record when the platform stored a message,
        // while every business time (in payloads and the requestTime metadata) comes from this clock.
        return new PlatformClock(Clock.systemUTC(), adjustable && !"jwt".equals(securityMode));
    }

    @Bean
    RuleTable ruleTable(@Value("${procurement.rules.table:classpath:rules/cn-gpl.csv}") Resource table)
            throws IOException {
        try (InputStream in = table.getInputStream()) {
            return RuleTable.read(in);
        }
    }

    @Bean
    WorkingCalendar workingCalendar(
            CalendarProperties calendar, @Value("${procurement.fiscal-time-zone}") ZoneId zone) {
        return new WorkingCalendar(zone, Set.copyOf(calendar.holidays()), Set.copyOf(calendar.workingWeekendDays()));
    }

    @Bean
    @Primary
    Serializer serializer() {
        return AxonJson.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return AxonJson.serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return AxonJson.serializer();
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema();
    }

    @Bean
    CorrelationDataProvider actorCorrelationDataProvider(Clock clock) {
        return new ActorCorrelationDataProvider(clock);
    }

    /**
     * Axon's db-scheduler deadline manager handles deadlines in a unit of work without the configured
     * correlation data providers, which would leave events caused by a deadline without an actor.
     */
    @Bean
    SmartInitializingSingleton deadlineActor(DeadlineManager deadlineManager, CorrelationDataProvider actors) {
        return () -> deadlineManager.registerHandlerInterceptor((unitOfWork, chain) -> {
            unitOfWork.registerCorrelationDataProvider(actors);
            return chain.proceed();
        });
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            org.axonframework.config.Configuration configuration,
            EventStoreProperties properties) {
        return new DeferringEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(EventSchema.builder().build())
                .dataType(byte[].class)
                .batchSize(properties.batchSize())
                .gapTimeout(properties.gapTimeoutMillis())
                .maxGapOffset(properties.maxGapOffset()));
    }

    /** The aggregate's default configuration, with the committed-state cache unless the cache is switched off. */
    static <A> AggregateConfigurer<A> cached(Class<A> aggregate, EventStoreProperties properties) {
        AggregateConfigurer<A> configurer = AggregateConfigurer.defaultConfiguration(aggregate);
        return properties.aggregateCache()
                ? configurer.configureCache(c -> new CommittedAggregateCache(properties.aggregateCacheEntries()))
                : configurer;
    }

    @Bean
    ConfigurerModule aggregatesAndProjections(EventStoreProperties properties) {
        return configurer -> {
            // Aggregates stay in memory between commands, so a supplier replacing its bid ten times in a
            // deadline storm does not re-read and deserialize its earlier sealed bids each time. The cache is
            // bounded by count, least recently used first (weak references, tried first, were cleared by every
            // young collection, so nearly every command read its aggregate back); only committed state is
            // cached, and the event table's unique key still refuses an append on stale state.
            configurer.configureAggregate(cached(BudgetLine.class, properties));
            configurer.configureAggregate(cached(Tender.class, properties));
            configurer.configureAggregate(cached(Bid.class, properties));
            configurer.configureAggregate(cached(DisclosureRequest.class, properties));
            configurer.configureAggregate(cached(Disclosure.class, properties));
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Challenge.class));
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Complaint.class));
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(PublicComment.class));
            for (String group : IN_TRANSACTION_PROJECTIONS) {
                // A projection kept in the command's transaction must fail the command rather than drift.
                configurer
                        .eventProcessing()
                        .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
            }
        };
    }
}
