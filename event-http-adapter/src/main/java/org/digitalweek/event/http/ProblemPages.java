package org.digitalweek.event.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The page of each kind of problem, {@code /problems/<slug>}, that a problem's {@code type} names:
 * its title, what it means and what to do, in French or English. The texts are fixed: nothing of
 * the request is written into a page, so a page cannot carry anything a client sent.
 */
final class ProblemPages {

    /** The media type of every page. */
    static final String MEDIA_TYPE = "text/html; charset=utf-8";

    private record Explanation(String meaningFr, String meaningEn, String remedyFr, String remedyEn) {
    }

    private static final Map<String, Explanation> EXPLANATIONS = Map.ofEntries(
            Map.entry("not-found", new Explanation(
                    "L'édition, la séance, la personne, la publication, le format ou l'adresse demandés n'existent pas.",
                    "The edition, session, official, release, format or address asked for does not exist.",
                    "Vérifiez l'identifiant ; GET /editions liste les éditions et GET /openapi.json décrit chaque adresse.",
                    "Check the id; GET /editions lists the editions and GET /openapi.json describes every address.")),
            Map.entry("invalid-input", new Explanation(
                    "La demande enfreint une ou plusieurs règles ; le membre « violations » les donne toutes, chacune avec son chemin.",
                    "The request breaks one or more rules; the violations member lists them all, each with its path.",
                    "Corrigez chaque valeur nommée par son chemin, puis renvoyez la demande.",
                    "Correct each value named by its path, then send the request again.")),
            Map.entry("unreadable-document", new Explanation(
                    "Le document envoyé ne peut pas être lu dans son format ; le membre « problems » dit où et pourquoi.",
                    "The document sent cannot be read in its format; the problems member says where and why.",
                    "Corrigez le document aux endroits indiqués, ou vérifiez le format annoncé (?format= ou Content-Type).",
                    "Correct the document at the places given, or check the format announced (?format= or Content-Type).")),
            Map.entry("version-conflict", new Explanation(
                    "L'édition a changé depuis votre lecture : la version de If-Match n'est plus la version enregistrée. Rien n'a été modifié.",
                    "The edition changed since you read it: the version in If-Match is no longer the stored one. Nothing was changed.",
                    "Relisez l'édition (son ETag, ou « currentVersion »), vérifiez que votre modification a toujours lieu d'être, puis renvoyez-la avec la nouvelle version.",
                    "Read the edition again (its ETag, or the currentVersion member), check that your change still makes sense, then send it with the new version.")),
            Map.entry("version-required", new Explanation(
                    "Une écriture doit dire quelle version elle modifie, pour ne jamais écraser une modification faite entre-temps.",
                    "A write must say which version it changes, so that a change made in the meantime is never overwritten.",
                    "Envoyez l'en-tête If-Match avec l'ETag d'une lecture de l'édition, par exemple If-Match: \"12\".",
                    "Send the If-Match header with the ETag of a read of the edition, for example If-Match: \"12\".")),
            Map.entry("forbidden-change", new Explanation(
                    "Les règles du programme interdisent cette modification dans l'état actuel de l'édition.",
                    "The programme's rules forbid this change in the edition's current state.",
                    "Lisez le détail : il nomme la règle ; changez d'abord ce qui l'empêche, ou renoncez à la modification.",
                    "Read the detail: it names the rule; first change what prevents it, or give the change up.")),
            Map.entry("read-only", new Explanation(
                    "Ce serveur n'accepte que des lectures : il a été démarré avec --read-only ou sans jeton.",
                    "This server accepts reads only: it was started with --read-only or without a token.",
                    "Envoyez les écritures à un serveur démarré avec un jeton (--token-file ou DIGITALWEEK_API_TOKEN).",
                    "Send writes to a server started with a token (--token-file or DIGITALWEEK_API_TOKEN).")),
            Map.entry("unauthorized", new Explanation(
                    "Les écritures exigent le jeton du serveur ; la demande n'en portait pas, ou un autre.",
                    "Writes require the server's token; the request carried none, or another one.",
                    "Envoyez l'en-tête Authorization: Bearer suivi du jeton donné au démarrage du serveur.",
                    "Send the header Authorization: Bearer followed by the token the server was started with.")),
            Map.entry("too-large", new Explanation(
                    "Le corps de la demande dépasse la taille que ce serveur accepte (les limites d'import de docs/formats.md).",
                    "The request body is larger than this server accepts (the import limits of docs/formats.md).",
                    "Envoyez un document plus petit, ou importez-le avec la ligne de commande.",
                    "Send a smaller document, or import it with the command line.")),
            Map.entry("unsupported-media-type", new Explanation(
                    "Le type de média du corps (Content-Type) n'est pas un de ceux que cette adresse lit.",
                    "The body's media type (Content-Type) is not one this address reads.",
                    "Envoyez application/json pour les modifications ; pour un import, le type d'un format (GET /formats) ou ?format=.",
                    "Send application/json for changes; for an import, a format's media type (GET /formats) or ?format=.")),
            Map.entry("not-acceptable", new Explanation(
                    "Aucune représentation de cette ressource ne correspond à l'en-tête Accept de la demande.",
                    "No representation of this resource matches the request's Accept header.",
                    "Demandez application/json ou le type de média d'un format d'export (GET /formats).",
                    "Ask for application/json or the media type of an export format (GET /formats).")),
            Map.entry("method-not-allowed", new Explanation(
                    "Cette adresse existe, mais pas pour cette méthode.",
                    "This address exists, but not for this method.",
                    "Utilisez une méthode que GET /openapi.json décrit pour cette adresse.",
                    "Use a method that GET /openapi.json describes for this address.")),
            Map.entry("storage-failure", new Explanation(
                    "Le stockage des éditions ne répond pas pour le moment.",
                    "The store of editions does not answer at the moment.",
                    "Réessayez un peu plus tard ; si cela dure, prévenez l'exploitant du serveur.",
                    "Try again a little later; if it lasts, tell the server's operator.")),
            Map.entry("server-failure", new Explanation(
                    "Le serveur n'a pas pu répondre à cause d'une erreur de sa part, pas de la demande.",
                    "The server could not answer because of a fault of its own, not of the request.",
                    "Réessayez ; si cela se répète, signalez l'heure et l'adresse à l'exploitant : le journal des requêtes les note.",
                    "Try again; if it happens again, tell the operator the time and address: the request log records them.")));

    private ProblemPages() {
    }

    /**
     * @param slug a kind of problem, as the request names it
     * @param tag  the request's language
     * @return the page, or empty when there is no such kind
     */
    static Optional<byte[]> page(String slug, String tag) {
        Explanation explanation = EXPLANATIONS.get(slug);
        if (explanation == null) {
            return Optional.empty();
        }
        String title = ProblemTitles.title(slug, tag);
        String html = "<!DOCTYPE html>\n<html lang=\"" + Languages.pick(tag, "fr", "en") + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n</head>\n<body>\n"
                + "<h1>" + escape(title) + "</h1>\n"
                + "<h2>" + Languages.pick(tag, "Ce que cela signifie", "What it means") + "</h2>\n"
                + "<p>" + escape(Languages.pick(tag, explanation.meaningFr(), explanation.meaningEn())) + "</p>\n"
                + "<h2>" + Languages.pick(tag, "Que faire", "What to do") + "</h2>\n"
                + "<p>" + escape(Languages.pick(tag, explanation.remedyFr(), explanation.remedyEn())) + "</p>\n"
                + "<p><a href=\"/openapi.json\">" + Languages.pick(tag, "Description de l'API (OpenAPI)",
                "The API's description (OpenAPI)") + "</a></p>\n</body>\n</html>\n";
        return Optional.of(html.getBytes(StandardCharsets.UTF_8));
    }

    /** @return whether every kind of problem has a page, for tests */
    static boolean coversEveryKind() {
        int kinds = 0;
        for (String slug : ProblemTitles.slugs()) {
            if (!EXPLANATIONS.containsKey(slug)) {
                return false;
            }
            kinds++;
        }
        return kinds == EXPLANATIONS.size();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
