package org.eventscope.io;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eventscope.i18n.Messages;
import org.eventscope.io.JsonCursor.Keys;
import org.eventscope.model.Band;

/**
 * The distance bands of a troop report: whole kilometres growing from band to band, whole
 * troops, at least one band; troops that fall as the distance grows are a warning (bands are
 * cumulative, so the report contradicts itself).
 */
final class BandReader {

    private static final String[] BAND_FIELDS = {"withinKm", "troops"};

    private BandReader() {}

    /** The bands of the array the cursor stands on. */
    static List<Band> bands(JsonCursor c) throws IOException {
        String bandsPath = c.path("bands");
        if (c.token() != JsonToken.START_ARRAY) {
            c.error(bandsPath, Messages.get("read.notArrayOfObjects", "bands", JsonCursor.kind(c.token())));
            c.skip();
            return List.of();
        }
        long arrayAt = c.pos();
        List<Band> out = new ArrayList<>();
        Band previous = null;
        int i = 0;
        JsonToken t;
        while ((t = c.next()) != JsonToken.END_ARRAY) {
            String bandPath = bandsPath + "/" + i++;
            if (t != JsonToken.START_OBJECT) {
                c.error(bandPath, Messages.get("read.itemNotObject", JsonCursor.kind(t)));
                c.skip();
                continue;
            }
            long objectAt = c.pos();
            Long km = null;
            Long troops = null;
            long kmAt = 0;
            long troopsAt = 0;
            Keys keys = c.new Keys(BAND_FIELDS, bandPath);
            for (String field = keys.next(); field != null; field = keys.next()) {
                switch (field) {
                    case "withinKm" -> {
                        kmAt = c.pos();
                        km = c.integer(field, 1, 100_000, bandPath + "/withinKm");
                    }
                    case "troops" -> {
                        troopsAt = c.pos();
                        troops = c.integer(field, 0, 100_000_000, bandPath + "/troops");
                    }
                    default -> {} // Keys reported and skipped it
                }
            }
            c.missing(keys, "withinKm", "read.expect.whole", objectAt, bandPath);
            c.missing(keys, "troops", "read.expect.whole", objectAt, bandPath);
            if (km == null || troops == null) {
                continue;
            }
            Band band = new Band(km.intValue(), troops);
            if (previous != null) {
                if (band.withinKm() <= previous.withinKm()) {
                    c.error(
                            kmAt,
                            bandPath + "/withinKm",
                            Messages.get(
                                    "read.bandsOrder",
                                    String.valueOf(band.withinKm()),
                                    String.valueOf(previous.withinKm())));
                } else if (band.troops() < previous.troops()) {
                    c.warning(
                            troopsAt,
                            bandPath + "/troops",
                            Messages.get(
                                    "read.bandsFewer",
                                    String.valueOf(band.troops()),
                                    String.valueOf(band.withinKm()),
                                    String.valueOf(previous.troops()),
                                    String.valueOf(previous.withinKm())));
                }
            }
            previous = band;
            out.add(band);
        }
        if (i == 0) {
            c.error(arrayAt, bandsPath, Messages.get("read.bandsEmpty"));
        }
        return out;
    }
}
