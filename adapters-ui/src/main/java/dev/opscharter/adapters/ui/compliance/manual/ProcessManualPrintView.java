package dev.opscharter.adapters.ui.compliance.manual;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.compliance.port.in.ProcessManualQueries;
import dev.opscharter.domain.compliance.ProcessStep;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;

/**
 * The manual to print: every process with the version in force today, on a plain page without the
 * application's frame (one table of steps per process), and a button that opens the browser's
 * print dialog.
 */
@Route("compliance/manual/print")
@RolesAllowed({"OPS_DIRECTOR", "OPS_MANAGER", "OPS_SPECIALIST", "AUDITOR"})
class ProcessManualPrintView extends Div implements HasDynamicTitle {

    ProcessManualPrintView(ProcessManualQueries queries) {
        var texts = new ProcessManualTexts(this);
        var today = queries.today();
        addClassName("manual-print");
        getStyle().set("padding", "1.5rem 2rem").set("max-width", "1100px").set("margin", "0 auto")
                .set("background", "white").set("color", "black");
        var print = new Button(getTranslation("compliance.manual.print.button"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("manual-print-button");
        print.addClassName("no-print");
        var title = new H1(getPageTitle());
        title.setId("manual-print-title");
        var asOf = new Paragraph(getTranslation("compliance.manual.print.as-of", Formats.date(today)));
        asOf.setId("manual-print-as-of");
        add(print, title, asOf);
        getElement().appendChild(new com.vaadin.flow.dom.Element("style").setText(
                "@media print { .no-print { display: none !important; } }"
                        + " .manual-print table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }"
                        + " .manual-print th, .manual-print td { border: 1px solid #999; padding: 4px 6px;"
                        + " text-align: left; vertical-align: top; }"
                        + " .manual-print section { break-inside: avoid; }"));

        int shown = 0;
        for (var process : queries.processes()) {
            var version = process.inForceOn(today);
            if (version.isEmpty()) {
                continue;
            }
            shown++;
            var v = version.get();
            var section = new Div();
            section.getElement().setAttribute("data-code", process.code().value());
            section.addClassName("manual-print-process");
            section.setId("print-" + process.code().value().toLowerCase(Locale.ROOT).replace('_', '-'));
            section.add(new H2(texts.name(process.name()) + " (" + process.code().value() + ")"));
            section.add(new Paragraph(getTranslation("compliance.manual.print.version", v.number(),
                    Formats.date(v.effectiveFrom()), texts.basis(v.basis()), texts.limit(v.endToEndLimit()),
                    texts.endSteps(v))));
            var table = new NativeTable();
            var head = table.getHead().addRow();
            for (var key : List.of("compliance.manual.step.order", "compliance.manual.step.code",
                    "compliance.manual.name", "compliance.manual.step.mandatory-column", "compliance.manual.step.roles",
                    "compliance.manual.step.limit")) {
                head.addHeaderCell().setText(getTranslation(key));
            }
            var body = table.getBody();
            int order = 0;
            for (ProcessStep step : v.steps()) {
                var row = body.addRow();
                row.addDataCell().setText(Integer.toString(++order));
                row.addDataCell().setText(step.code().value());
                row.addDataCell().setText(texts.name(step.name()) + " / " + texts.otherName(step.name()));
                row.addDataCell().setText(texts.mandatory(step));
                row.addDataCell().setText(texts.roles(step));
                row.addDataCell().setText(texts.limit(step.limit()));
            }
            section.add(table);
            add(section);
        }
        if (shown == 0) {
            add(new Paragraph(getTranslation("compliance.manual.none")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.manual.print.title");
    }
}
