package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;

/** The page shell: Aura first, then our own plain CSS (no frontend build needed). */
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles.css")
public class OpsCharterShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.setPageTitle("OpsCharter");
    }
}
