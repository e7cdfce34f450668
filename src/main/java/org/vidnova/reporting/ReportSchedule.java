package org.vidnova.reporting;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vidnova.web.ImportTimes;

/**
 * Every morning (setting {@code vidnova.reporting.situation.cron}, Kyiv time; "-" turns it off) makes the report
 * of the day before, a complete day, in every language that has none yet: running twice, or after an analyst
 * already made it, changes nothing.
 */
@Component
class ReportSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

    private final ReportArchive archive;

    ReportSchedule(ReportArchive archive) {
        this.archive = archive;
    }

    @Scheduled(cron = "${vidnova.reporting.situation.cron:0 0 7 * * *}", zone = "Europe/Kyiv")
    void morning() {
        LocalDate yesterday = LocalDate.now(ImportTimes.KYIV).minusDays(1);
        List<ReportArchiveRepository.Entry> made = archive.publishIfMissing(yesterday);
        log.info("Situation report of {}: {} made", yesterday, made.size());
    }
}
