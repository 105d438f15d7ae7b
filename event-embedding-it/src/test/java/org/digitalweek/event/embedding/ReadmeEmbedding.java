package org.digitalweek.event.embedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's "Embedding" section, as an embedder copies it: its Maven blocks and its Java blocks,
 * verbatim.
 *
 * @param xml  the fenced {@code xml} blocks, in order
 * @param java the fenced {@code java} blocks, in order
 */
record ReadmeEmbedding(List<String> xml, List<String> java) {

    /** A fenced block, perhaps indented under a list item: the indent, the language, the text. */
    private static final Pattern FENCE = Pattern.compile("(?m)^( *)```(\\w+)\\n(.*?)^\\1```$", Pattern.DOTALL);

    ReadmeEmbedding {
        xml = List.copyOf(xml);
        java = List.copyOf(java);
    }

    /**
     * @param readme the README
     * @return its section headed {@code ## Embedding}, up to the next {@code ## } heading
     * @throws IOException when it cannot be read
     */
    static ReadmeEmbedding read(Path readme) throws IOException {
        String text = Files.readString(readme);
        int start = text.indexOf("\n## Embedding\n");
        if (start < 0) {
            throw new IllegalStateException(readme + " has no '## Embedding' section");
        }
        int end = text.indexOf("\n## ", start + 1);
        String section = text.substring(start, end < 0 ? text.length() : end);
        List<String> xml = new ArrayList<>();
        List<String> java = new ArrayList<>();
        Matcher m = FENCE.matcher(section);
        while (m.find()) {
            String block = m.group(3).replaceAll("(?m)^" + m.group(1), "");
            if (m.group(2).equals("xml")) {
                xml.add(block);
            } else if (m.group(2).equals("java")) {
                java.add(block);
            }
        }
        return new ReadmeEmbedding(xml, java);
    }

    /** @return the block that imports the BOM */
    String bomImport() {
        return only(xml, "<dependencyManagement>");
    }

    /** @return every {@code <dependency>} of the blocks that add the library's modules and the provider */
    List<String> dependencyBlocks() {
        return xml.stream().filter(b -> !b.contains("<dependencyManagement>") && b.contains("<dependency>")).toList();
    }

    /** @return the Java class of the snippet: the block that starts with a package */
    String program() {
        return only(java, "package ");
    }

    /** @return the module declaration of the snippet's module */
    String moduleInfo() {
        return java.stream().filter(b -> b.stripLeading().startsWith("module ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the README's Embedding section shows no module-info.java"));
    }

    private static String only(List<String> blocks, String marker) {
        List<String> found = blocks.stream().filter(b -> b.contains(marker)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("the README's Embedding section has " + found.size()
                    + " blocks with '" + marker + "', not 1");
        }
        return found.get(0);
    }
}
