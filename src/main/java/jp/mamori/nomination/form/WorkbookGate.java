package jp.mamori.nomination.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Everything between raw bytes and a loaded workbook: what kind of file it is, whether it is a zip bomb,
 * whether its sheets are of a sane size, and only then the POI workbook. Every refusal is a {@link Refusal}.
 */
public final class WorkbookGate {

    private static final Set<String> WORKBOOK_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private WorkbookGate() {
    }

    static OpenedForm open(byte[] file) throws Refusal {
        return open(file, FormLayout.SHEET_NAME);
    }

    /** Any workbook read with the form's defences; {@code sheetName} is the sheet to return (width and spaces ignored). */
    public static OpenedForm open(byte[] file, String sheetName) throws Refusal {
        if (file == null || file.length == 0) {
            throw new Refusal(FormErrorCode.NOT_A_WORKBOOK, FormMessages.emptyFile());
        }
        checkKind(file);
        ZipGuard.check(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(file));
        } catch (Exception e) {
            throw refusalFor(e);
        }
        try {
            checkIsWorkbook(pkg);
            String found = scanSheets(pkg, sheetName);
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            XSSFSheet sheet = workbook.getSheet(found);
            if (sheet == null) {
                throw new Refusal(FormErrorCode.SHEET_NOT_FOUND, FormMessages.sheetNotFound(sheetName, sheetNames(workbook)));
            }
            return new OpenedForm(pkg, workbook, sheet);
        } catch (Refusal r) {
            pkg.revert();
            throw r;
        } catch (Exception e) {
            pkg.revert();
            throw refusalFor(e);
        }
    }

    private static void checkKind(byte[] file) throws Refusal {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(file));
        } catch (IOException | RuntimeException e) {
            throw new Refusal(FormErrorCode.NOT_A_WORKBOOK, FormMessages.notAWorkbook());
        }
        if (magic == FileMagic.OLE2) {
            // An encrypted .xlsx is an OLE2 container holding EncryptionInfo and EncryptedPackage.
            throw new Refusal(FormErrorCode.NOT_A_WORKBOOK,
                    isEncrypted(file) ? FormMessages.encrypted() : FormMessages.legacyXls());
        }
        if (magic != FileMagic.OOXML) {
            throw new Refusal(FormErrorCode.NOT_A_WORKBOOK, FormMessages.notAWorkbook());
        }
    }

    private static boolean isEncrypted(byte[] file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")
                    || fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A .docx, .pptx or .xlsb is a zip too; only a spreadsheet's main part will do. */
    private static void checkIsWorkbook(OPCPackage pkg) throws Refusal {
        List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty() || !WORKBOOK_TYPES.contains(main.get(0).getContentType())) {
            throw new Refusal(FormErrorCode.NOT_A_WORKBOOK, FormMessages.notAWorkbook());
        }
    }

    /** Counts every sheet's cells before loading; returns the form sheet's name as written in the file. */
    private static String scanSheets(OPCPackage pkg, String wanted) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        List<String> names = new ArrayList<>();
        String formSheet = null;
        long cells = 0;
        while (sheets.hasNext()) {
            try (InputStream xml = sheets.next()) {
                String name = sheets.getSheetName();
                names.add(name);
                boolean isForm = formSheet == null && sameSheetName(name, wanted);
                if (isForm) {
                    formSheet = name;
                }
                SheetScan scan = new SheetScan(FormLimits.MAX_CELLS - cells);
                scan.scan(xml, isForm);
                cells += scan.cells();
            }
        }
        if (formSheet == null) {
            throw new Refusal(FormErrorCode.SHEET_NOT_FOUND, FormMessages.sheetNotFound(wanted, names));
        }
        return formSheet;
    }

    private static boolean sameSheetName(String name, String wanted) {
        return FormText.compact(name).equals(FormText.compact(wanted));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static Refusal refusalFor(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("potentially malicious"))) {
                return new Refusal(FormErrorCode.NOT_A_WORKBOOK, FormMessages.zipBomb());
            }
        }
        return new Refusal(FormErrorCode.NOT_A_WORKBOOK, FormMessages.notAWorkbook());
    }
}
