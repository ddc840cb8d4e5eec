package org.corroborate.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a statement is reported. */
public enum StatementKind {
    /** Inside quotation marks. */
    DIRECT,
    /** Reported speech with no quotation marks. */
    INDIRECT,
    /** Reported speech that holds a partial quote. */
    MIXED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
