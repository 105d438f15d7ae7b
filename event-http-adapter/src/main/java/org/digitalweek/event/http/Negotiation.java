package org.digitalweek.event.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.port.in.FormatDescription;

/**
 * Content negotiation on an edition (RFC 9110, section 12.5.1): the representation an {@code Accept}
 * header prefers among the canonical JSON and every export format's media type. Each candidate gets
 * the weight of the most specific range that matches it ({@code text/calendar} before
 * {@code text/*} before {@code *}{@code /*}); the highest weight wins, then the range the client
 * named first, then the server's order (JSON first, then the formats by id). A media type several
 * formats share goes to the first of them.
 */
final class Negotiation {

    /** The choice meaning the canonical JSON with its version, the default representation. */
    static final String JSON = "application/json";

    private Negotiation() {
    }

    /** One range of an {@code Accept} header. */
    private record Range(String type, String subtype, double weight, int order) {

        /** @return how specifically it matches the media type: 3 exact, 2 type, 1 any, 0 not at all */
        int match(String mediaType) {
            int slash = mediaType.indexOf('/');
            String candidateType = mediaType.substring(0, slash);
            String candidateSubtype = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return subtype.equals("*") ? 1 : 0;
            }
            if (!type.equals(candidateType)) {
                return 0;
            }
            if (subtype.equals("*")) {
                return 2;
            }
            return subtype.equals(candidateSubtype) ? 3 : 0;
        }
    }

    /**
     * @param accept  the request's {@code Accept} header, or null
     * @param formats the formats the library lists
     * @return {@link #JSON} for the canonical JSON, else the id of the export format chosen; empty when
     *         the header accepts none of them (406)
     */
    static Optional<String> choose(String accept, List<FormatDescription> formats) {
        Map<String, String> candidates = new LinkedHashMap<>();
        candidates.put(JSON, JSON);
        for (FormatDescription format : formats) {
            if (format.exported()) {
                candidates.putIfAbsent(bare(format.mediaType()), format.id());
            }
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        List<Range> ranges = ranges(accept);
        String best = null;
        double bestWeight = 0;
        int bestOrder = Integer.MAX_VALUE;
        for (Map.Entry<String, String> candidate : candidates.entrySet()) {
            Range range = mostSpecific(ranges, candidate.getKey());
            if (range == null || range.weight() <= 0) {
                continue;
            }
            if (range.weight() > bestWeight || range.weight() == bestWeight && range.order() < bestOrder) {
                best = candidate.getValue();
                bestWeight = range.weight();
                bestOrder = range.order();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Range mostSpecific(List<Range> ranges, String mediaType) {
        Range found = null;
        int specificity = 0;
        for (Range range : ranges) {
            int match = range.match(mediaType);
            if (match > specificity) {
                found = range;
                specificity = match;
            }
        }
        return found;
    }

    private static List<Range> ranges(String accept) {
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",", 64);
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].split(";");
            String mediaRange = pieces[0].strip().toLowerCase(Locale.ROOT);
            int slash = mediaRange.indexOf('/');
            if (slash <= 0 || slash == mediaRange.length() - 1) {
                continue;
            }
            ranges.add(new Range(mediaRange.substring(0, slash), mediaRange.substring(slash + 1), weight(pieces), i));
        }
        return ranges;
    }

    private static double weight(String[] pieces) {
        for (int p = 1; p < pieces.length; p++) {
            String parameter = pieces[p].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    double weight = Double.parseDouble(parameter.substring(2));
                    return weight >= 0 && weight <= 1 ? weight : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /**
     * @param mediaType a media type, perhaps with parameters
     * @return its type and subtype only, in lower case ({@code text/plain; charset=utf-8} → {@code text/plain})
     */
    static String bare(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @return the refusal when nothing the client accepts can be served
     */
    static ApiProblem notAcceptable(List<FormatDescription> formats) {
        List<String> types = new ArrayList<>();
        types.add(JSON);
        formats.stream().filter(FormatDescription::exported).map(f -> bare(f.mediaType()))
                .filter(t -> !types.contains(t)).forEach(types::add);
        String offered = String.join(", ", types);
        return new ApiProblem(406, "not-acceptable",
                "L'en-tête Accept n'admet aucune représentation de cette édition ; elles sont : " + offered + ".",
                "The Accept header admits no representation of this edition; they are: " + offered + ".");
    }
}
