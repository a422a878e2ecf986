package org.openprocurement.platform.api.infrastructure;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.openprocurement.platform.core.contract.Contract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contract aggregate, cached like the others, and its projection kept in the command's transaction (kept
 * apart from {@link AxonConfiguration} so each feature registers itself).
 */
@Configuration(proxyBeanMethods = false)
class ContractAxonConfiguration {

    @Bean
    ConfigurerModule contractAggregate(EventStoreProperties properties) {
        return configurer -> {
            AggregateConfigurer<Contract> contract = AggregateConfigurer.defaultConfiguration(Contract.class);
            configurer.configureAggregate(
                    properties.aggregateCache()
                            ? contract.configureCache(
                                    c -> new CommittedAggregateCache(properties.aggregateCacheEntries()))
                            : contract);
            // A projection kept in the command's transaction must fail the command rather than drift.
            configurer
                    .eventProcessing()
                    .registerListenerInvocationErrorHandler("contract-view", c -> PropagatingErrorHandler.instance());
        };
    }
}
