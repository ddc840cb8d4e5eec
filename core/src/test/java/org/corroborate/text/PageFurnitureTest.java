package org.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corroborate.model.Furniture;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {
    private final PageFurniture furniture = new PageFurniture();

    private List<String> kinds(String text) {
        return furniture.find(text).stream().map(Furniture::kind).toList();
    }

    @Test
    void creditAndCaptionLinesAreFound() {
        String text = "Ferry fire at Port Calder\n"
                + "© Harbour Pictures / Lena MarshA still image taken March 2, 2026 of the burnt ferry.\n"
                + "Fire crews said on Monday the ferry could not be saved.\n"
                + "REUTERS/Tom Berg\n"
                + "Crews on the quay at dawn (AFP/Jon Mar Eriksson)\n"
                + "Photo: Port Calder council\n"
                + "FILE PHOTO: The ferry in happier days, 2019.\n"
                + "A screen grab from video shows smoke over the quay.\n";
        List<Furniture> found = furniture.find(text);
        assertEquals(List.of("credit", "credit", "credit", "credit", "caption", "caption"), found.stream().map(Furniture::kind).toList());
        Furniture first = found.get(0);
        assertEquals(text.substring(first.start(), first.end()), first.text());
        assertTrue(first.text().startsWith("©") && first.text().endsWith("burnt ferry."), first.text());
    }

    @Test
    void linkLinesAreBoilerplate() {
        assertEquals(List.of("boilerplate", "boilerplate", "boilerplate"),
                kinds("READ MORE: Council votes on bus lanes\nThe vote was close.\nAdvertisement\nShare this article\n"));
    }

    @Test
    void storyParagraphsThatMentionCreditsOrPhotosAreLeftAlone() {
        String text = "The photographer said her image of the fire, later credited to Reuters/Anna Vik by the agency, "
                + "had been taken from the roof of the ferry terminal before police closed the quay and moved the "
                + "crowd back to the station, where dozens waited for news.\n"
                + "Related families waited at the quay.\n"
                + "Images of the fire spread quickly online.\n"
                + "The Reuters/Ipsos poll showed the council ahead in the harbour wards.\n";
        assertEquals(List.of(), kinds(text));
    }
}
