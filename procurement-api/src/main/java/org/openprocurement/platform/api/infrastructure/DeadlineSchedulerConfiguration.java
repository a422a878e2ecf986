package org.openprocurement.platform.api.infrastructure;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.task.Task;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler, which persists Axon's deadlines, built on the platform clock: a deadline falls due when the
 * platform's time reaches it, also after the clock was moved forward in a demo. The scheduler takes part in
 * the command's transaction, so a deadline is scheduled exactly when the command's events are stored.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineSchedulerConfiguration {

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, PlatformClock clock, DbSchedulerProperties config) {
        return new ClockedSchedulerBuilder(new TransactionAwareDataSourceProxy(dataSource), tasks, clock)
                .tableName(config.getTableName())
                .pollingInterval(config.getPollingInterval())
                .threads(config.getThreads())
                .heartbeatInterval(config.getHeartbeatInterval())
                .shutdownMaxWait(config.getShutdownMaxWait())
                .enableImmediateExecution()
                .build();
    }

    /** db-scheduler exposes its clock only to subclasses of its builder. */
    private static final class ClockedSchedulerBuilder extends SchedulerBuilder {
        ClockedSchedulerBuilder(DataSource dataSource, List<Task<?>> tasks, PlatformClock platformClock) {
            super(dataSource, tasks);
            this.clock = platformClock::instant;
        }
    }
}
