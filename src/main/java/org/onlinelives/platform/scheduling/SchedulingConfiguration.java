package org.onlinelives.platform.scheduling;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on every module's scheduled jobs (the one {@code @EnableScheduling} in the
 * application). Each job's work is a plain service method, so tests call it directly;
 * {@code onlinelives.scheduling.enabled=false} switches the schedule off. Every
 * {@code @Scheduled} method hands its work to {@link JobLocks}, so that with several
 * nodes each run happens on one of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "onlinelives.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

}
