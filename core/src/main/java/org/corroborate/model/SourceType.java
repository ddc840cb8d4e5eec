package org.corroborate.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of authority a statement rests on. */
public enum SourceType {
    /** A named individual. */
    PERSON,
    /** A named body: ministry, company, army, police, NGO. */
    ORGANIZATION,
    /** A news outlet or one of its reports. */
    MEDIA,
    /** An unnamed individual: "an unnamed spokesman", "a doctor who spoke on condition of anonymity". */
    ANONYMOUS,
    /** A vague group: "locals", "witnesses", "officials", "reports on social media". */
    COLLECTIVE,
    /** Evidence that speaks: footage, a statement, a video, a report as a document. */
    DOCUMENT,
    UNKNOWN;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceType fromJson(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
