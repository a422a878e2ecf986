package org.openprocurement.platform.api.infrastructure;

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
            configurer.configureAggregate(AxonConfiguration.cached(Contract.class, properties));
            // A projection kept in the command's transaction must fail the command rather than drift.
            configurer
                    .eventProcessing()
                    .registerListenerInvocationErrorHandler("contract-view", c -> PropagatingErrorHandler.instance());
        };
    }
}
