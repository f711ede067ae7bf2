package dev.opscharter.application.shared.port.in;

import dev.opscharter.application.shared.InboxEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InboxEntryTest {

    @Test
    void a_date_argument_is_shown_in_the_readers_format_and_everything_else_as_it_is() {
        var entry = new InboxEntry(UUID.randomUUID(), "zhang", "notification.corrective-action.overdue.owner",
                List.of("缩短发货时间", "2026-12-18", "3", "2026-Q3", "2026-13-45", "12026-12-18"), "",
                Instant.EPOCH, Optional.empty());
        var chinese = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.SIMPLIFIED_CHINESE);
        var english = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);

        assertThat(entry.shownArguments(chinese::format))
                .containsExactly("缩短发货时间", "2026年12月18日", "3", "2026-Q3", "2026-13-45", "12026-12-18");
        assertThat(entry.shownArguments(english::format)[1]).isEqualTo("Dec 18, 2026");
    }
}
