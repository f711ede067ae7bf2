package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.messages.RunWording;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.shared.BilingualName;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The words and numbers of the costs screens: money in the organization's currency (renminbi) with the
 * reader's grouping, months, cost types and channels by name in the reader's language, and people by
 * their names, not their user names.
 */
final class CostsTexts {

    interface Translator {
        String text(String key, Object... arguments);
    }

    private final Translator translator;
    private final Locale locale;
    private final UnaryOperator<String> names;
    private final Map<ChannelId, Channel> channels = new HashMap<>();

    /** @param names user name → the person's name ({@code DisplayNames}) */
    CostsTexts(Component owner, List<Channel> channels, UnaryOperator<String> names) {
        this((key, arguments) -> owner.getTranslation(key, arguments), Formats.locale(), channels, names);
    }

    CostsTexts(Translator translator, Locale locale, List<Channel> channels, UnaryOperator<String> names) {
        this.translator = translator;
        this.locale = locale;
        this.names = names;
        channels(channels);
    }

    /** The channels as stored now, after one was renamed or stopped. */
    void channels(List<Channel> channels) {
        this.channels.clear();
        channels.forEach(channel -> this.channels.put(channel.id(), channel));
    }

    String t(String key, Object... arguments) {
        return translator.text(key, arguments);
    }

    /** The person behind a user name kept in a record ("manager" → 李娜); the scheduler and the system as such. */
    String person(String username) {
        return RunWording.actorKey(username).map(key -> t(key)).orElseGet(() -> names.apply(username));
    }

    boolean chinese() {
        return locale.getLanguage().equals(Locale.CHINESE.getLanguage());
    }

    String name(BilingualName name) {
        return chinese() ? name.chinese() : name.english();
    }

    /** ¥1,234,567.80 in every language: the amounts are renminbi whoever reads them. */
    String money(BigDecimal amount) {
        var format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** A short form for chart labels: ¥1.2M, ¥85k. */
    String compactMoney(BigDecimal amount) {
        var symbols = DecimalFormatSymbols.getInstance(locale);
        var value = amount.doubleValue();
        if (Math.abs(value) >= 1_000_000) {
            return new DecimalFormat("¥#,##0.0M", symbols).format(value / 1_000_000);
        }
        if (Math.abs(value) >= 1_000) {
            return new DecimalFormat("¥#,##0k", symbols).format(value / 1_000);
        }
        return new DecimalFormat("¥#,##0", symbols).format(value);
    }

    String ratio(BigDecimal roi) {
        var format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale));
        return format.format(roi);
    }

    String month(YearMonth month) {
        return chinese() ? month.getYear() + "年" + month.getMonthValue() + "月" : month.toString();
    }

    String type(CostType type) {
        return t("costs.type." + type.name());
    }

    String channel(ChannelId id) {
        return Optional.ofNullable(channels.get(id)).map(this::channel).orElse(id.toString());
    }

    String channel(Channel channel) {
        return channel.code() + " · " + name(channel.name());
    }

    String channel(Optional<ChannelId> channel) {
        return channel.map(this::channel).orElseGet(() -> t("costs.channel.none"));
    }

    Optional<Channel> channelOf(ChannelId id) {
        return Optional.ofNullable(channels.get(id));
    }
}
