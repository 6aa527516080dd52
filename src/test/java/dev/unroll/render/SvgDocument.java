package dev.unroll.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An SVG document parsed with the JDK's namespace-aware XML parser, with look-ups the tests share. */
public record SvgDocument(Document document) {

    public static final String SVG = "http://www.w3.org/2000/svg";

    /** Parses {@code svg}; a malformed document (for example an unescaped {@code <}) fails here. */
    public static SvgDocument parse(String svg) {
        return parse(svg.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses the bytes of an SVG file. */
    public static SvgDocument parse(byte[] svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SvgDocument(factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)));
        } catch (Exception e) {
            throw new AssertionError("not a well-formed SVG document: " + e.getMessage(), e);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** Every SVG element named {@code tag} under {@code scope}, in document order. */
    public static List<Element> all(Element scope, String tag) {
        NodeList list = scope.getElementsByTagNameNS(SVG, tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    /** The SVG children of {@code parent} named {@code tag}, not descending further. */
    public static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && SVG.equals(e.getNamespaceURI()) && tag.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    /** The {@code <g class="part">} elements of one view and kind. */
    public List<Element> parts(String view, String kind) {
        return all(root(), "g").stream()
                .filter(g -> "part".equals(g.getAttribute("class")))
                .filter(g -> view.equals(g.getAttribute("data-view")) && kind.equals(g.getAttribute("data-kind")))
                .toList();
    }

    /** Every {@code <g class="part">}. */
    public List<Element> allParts() {
        return all(root(), "g").stream().filter(g -> "part".equals(g.getAttribute("class"))).toList();
    }

    /** The part's {@code <title>} text. */
    public static String title(Element part) {
        List<Element> titles = children(part, "title");
        if (titles.size() != 1) {
            throw new AssertionError("a part should have exactly one title, found " + titles.size());
        }
        return titles.get(0).getTextContent();
    }

    /** The part's {@code <rect class="cell">} elements, in document order. */
    public static List<Element> cells(Element part) {
        return children(part, "rect").stream().filter(r -> "cell".equals(r.getAttribute("class"))).toList();
    }
}
