package org.openprocurement.platform.api.ocds;

import org.openprocurement.platform.api.disclosure.DisclosureProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The OCDS publication's settings and its publishing schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({OcdsProperties.class, DisclosureProperties.class})
class OcdsConfiguration {}
