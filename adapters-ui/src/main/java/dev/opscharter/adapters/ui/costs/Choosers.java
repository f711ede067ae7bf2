package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.domain.costs.Channel;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** What the costs and revenue lists share: the month and channel choosers, and the recorders' actions. */
final class Choosers {

    private Choosers() {
    }

    static ComboBox<YearMonth> chooser(String id, String label, CostsTexts texts, int year) {
        var month = new ComboBox<YearMonth>(label);
        month.setId(id);
        of(month, year);
        month.setItemLabelGenerator(texts::month);
        return month;
    }

    static void of(ComboBox<YearMonth> month, int year) {
        month.setItems(IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m)).toList());
    }

    /** The months of another year; a chosen month stays while it is of that year. */
    static void year(ComboBox<YearMonth> month, int year) {
        var chosen = month.getOptionalValue().filter(m -> m.getYear() == year);
        of(month, year);
        month.setValue(chosen.orElse(null));
    }

    static ComboBox<Channel> channels(String id, String label, CostsTexts texts, List<Channel> channels) {
        var channel = new ComboBox<Channel>(label);
        channel.setId(id);
        channel.setItems(channels);
        channel.setItemLabelGenerator(shown -> texts.channel(shown.id()));
        channel.setClearButtonVisible(true);
        return channel;
    }

    /** New, import and open-to-correct for those who record; nothing of it for readers. */
    static <T> void recording(RecordList<T, ?> list, String idPrefix, String newKey, boolean recorder,
                              Runnable create, Runnable importFile, Consumer<T> correct, String emptyKey) {
        var add = list.action(newKey, idPrefix + "-new", create);
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setVisible(recorder);
        list.action("costs.import", idPrefix + "-import", importFile).setVisible(recorder);
        list.emptyState(emptyKey, null);
        if (recorder) {
            list.onOpen(correct);
        }
    }
}
