package dev.opscharter.application.compliance;

import java.time.LocalDate;

/** The files the process manual is exported to and imported from (SPEC §4 "Process manual"). */
public enum ManualFormat {

    /** The manual's own format, versioned: every process with every version. */
    YAML("application/yaml", "yaml"),
    /** One row per step, for people who keep the manual in Excel. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    /** The largest manual file accepted, in either format. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final String contentType;
    private final String extension;

    ManualFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The name a download of the manual as it stands on {@code day} gets. */
    public String fileName(LocalDate day) {
        return "process-manual-" + day + "." + extension;
    }

    /** By content, never by name: an .xlsx is a zip archive, anything else is read as YAML. */
    public static ManualFormat of(byte[] file) {
        return file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4 ? XLSX : YAML;
    }
}
