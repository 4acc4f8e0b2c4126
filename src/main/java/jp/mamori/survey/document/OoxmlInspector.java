package jp.mamori.survey.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Decides what a zip upload is from its OOXML content types, inflating every entry once (counting, keeping
 * nothing but [Content_Types].xml) so a zip bomb costs bounded work. Both the local headers (what streaming
 * readers see) and the central directory (what Office sees) must list the same entries, so a part such as
 * {@code vbaProject.bin} cannot hide from one of them.
 */
final class OoxmlInspector {

    static final int MAX_ENTRIES = 2_000;
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 300L * 1024 * 1024;
    /** Above this an entry must not inflate more than MAX_RATIO times its compressed size. */
    static final long RATIO_FLOOR_BYTES = 1024 * 1024;
    static final long MAX_RATIO = 100;
    static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private static final Map<String, DocumentType> MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", DocumentType.XLSX,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", DocumentType.DOCX,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", DocumentType.PPTX,
            "application/vnd.ms-visio.drawing.main+xml", DocumentType.VSDX);

    private OoxmlInspector() {
    }

    /** The allowed Office type of this zip, or a refusal saying why not. */
    static DocumentType inspect(byte[] file) {
        List<String> streamed = new ArrayList<>();
        byte[] contentTypes = inflateAll(file, streamed);
        Set<String> central = centralDirectory(file);
        if (!new HashSet<>(streamed).equals(central) || streamed.size() != central.size()) {
            throw refused(DocumentMessages.brokenZip());
        }
        if (contentTypes == null) {
            throw refused(DocumentMessages.notOffice());
        }
        for (String name : streamed) {
            if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                throw refused(DocumentMessages.macro());
            }
        }
        ContentTypes types = ContentTypes.parse(contentTypes);
        for (String type : types.all()) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.contains("macroenabled") || t.contains("vbaproject") || t.contains("activex")) {
                throw refused(DocumentMessages.macro());
            }
        }
        DocumentType found = null;
        for (Map.Entry<String, String> part : types.overrides().entrySet()) {
            DocumentType type = MAIN_PARTS.get(part.getValue().toLowerCase(Locale.ROOT));
            if (type == null) {
                continue;
            }
            String entry = part.getKey().startsWith("/") ? part.getKey().substring(1) : part.getKey();
            if (!central.contains(entry) || (found != null && found != type)) {
                throw refused(DocumentMessages.brokenZip());
            }
            found = type;
        }
        if (found == null) {
            throw refused(DocumentMessages.notOffice());
        }
        return found;
    }

    private static byte[] inflateAll(byte[] file, List<String> names) {
        byte[] buffer = new byte[64 * 1024];
        byte[] contentTypes = null;
        long total = 0;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(file), "UTF-8", true, false)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= MAX_ENTRIES) {
                    throw refused(DocumentMessages.zipBomb());
                }
                if (!zip.canReadEntryData(entry) || entry.isDirectory() && entry.getSize() > 0) {
                    throw refused(DocumentMessages.brokenZip());
                }
                names.add(entry.getName());
                boolean keep = CONTENT_TYPES.equals(entry.getName());
                ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
                long size = 0;
                int n;
                while ((n = zip.read(buffer, 0, buffer.length)) > 0) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES
                            || size > RATIO_FLOOR_BYTES && size > MAX_RATIO * Math.max(1, zip.getCompressedCount())) {
                        throw refused(DocumentMessages.zipBomb());
                    }
                    if (keep) {
                        if (size > MAX_CONTENT_TYPES_BYTES) {
                            throw refused(DocumentMessages.zipBomb());
                        }
                        kept.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    if (contentTypes != null) {
                        throw refused(DocumentMessages.brokenZip());
                    }
                    contentTypes = kept.toByteArray();
                }
            }
        } catch (DocumentRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refused(DocumentMessages.brokenZip());
        }
        if (names.isEmpty()) {
            throw refused(DocumentMessages.brokenZip());
        }
        return contentTypes;
    }

    private static Set<String> centralDirectory(byte[] file) {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file))
                .setIgnoreLocalFileHeader(true).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (names.size() >= MAX_ENTRIES || !names.add(entry.getName())) {
                    throw refused(DocumentMessages.brokenZip());
                }
            }
        } catch (DocumentRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refused(DocumentMessages.brokenZip());
        }
        return names;
    }

    private static DocumentRefusedException refused(String message) {
        return DocumentRefusedException.typeNotAllowed(message);
    }

    /** [Content_Types].xml read with DTDs and external entities off: it is attacker-written XML. */
    record ContentTypes(Map<String, String> overrides, List<String> all) {

        static ContentTypes parse(byte[] xml) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
            Map<String, String> overrides = new java.util.LinkedHashMap<>();
            List<String> all = new ArrayList<>();
            try {
                XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
                try {
                    while (reader.hasNext()) {
                        int event = reader.next();
                        if (event == XMLStreamConstants.DTD) {
                            throw refused(DocumentMessages.brokenZip());
                        }
                        if (event != XMLStreamConstants.START_ELEMENT) {
                            continue;
                        }
                        String type = reader.getAttributeValue(null, "ContentType");
                        if (type != null) {
                            all.add(type.trim());
                        }
                        if ("Override".equals(reader.getLocalName())) {
                            String part = reader.getAttributeValue(null, "PartName");
                            if (part == null || type == null) {
                                throw refused(DocumentMessages.brokenZip());
                            }
                            overrides.put(part.trim(), type.trim());
                        }
                    }
                } finally {
                    reader.close();
                }
            } catch (XMLStreamException e) {
                throw refused(DocumentMessages.brokenZip());
            }
            return new ContentTypes(overrides, all);
        }
    }
}
