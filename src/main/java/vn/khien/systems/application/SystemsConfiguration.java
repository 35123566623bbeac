package vn.khien.systems.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DossierRules.class, AttachmentSettings.class})
class SystemsConfiguration {}
