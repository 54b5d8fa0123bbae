package org.roundtable.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exports as a spreadsheet program reads them: written by FastExcel, read back by Apache POI. */
class ExportsTest {

    private static Exports.Table heat() {
        return new Exports.Table("Concerns 2026-11-02 – 2026-11-29",
                List.of("School", "Attendance", "=Safety", "Total"),
                List.of(List.of("Hallway Middle", 9, 1, 10), List.of("=HYPERLINK(\"http://x\")", 0, 2.5, 2.5),
                        List.of("District", 9, 3.5, 12.5)),
                List.of(List.of(Band.USUAL, Band.WELL_ABOVE, Band.BELOW, Band.USUAL),
                        List.of(Band.USUAL, Band.USUAL, Band.ABOVE, Band.USUAL),
                        List.of(Band.USUAL, Band.USUAL, Band.USUAL, Band.USUAL)));
    }

    private static XSSFWorkbook read(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void aWorkbookHoldsTheTitleTheHeaderAndNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook book = read(Exports.xlsx(heat()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Concerns 2026-11-02 – 2026-11-29", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold(), "the title in bold");
            List<String> header = new ArrayList<>();
            sheet.getRow(1).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("School", "Attendance", "=Safety", "Total"), header);
            assertTrue(sheet.getRow(1).getCell(3).getCellStyle().getFont().getBold(), "the header in bold");
            XSSFCell nine = sheet.getRow(2).getCell(1);
            assertEquals(CellType.NUMERIC, nine.getCellType());
            assertEquals(9.0, nine.getNumericCellValue());
            assertEquals(2.5, sheet.getRow(3).getCell(2).getNumericCellValue());
            assertEquals("District", sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals(5, sheet.getPhysicalNumberOfRows(), "the title, the header and three rows");
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        try (XSSFWorkbook book = read(Exports.xlsx(heat()))) {
            XSSFCell cell = book.getSheetAt(0).getRow(3).getCell(0);
            assertEquals(CellType.STRING, cell.getCellType(), "never a formula");
            assertEquals("=HYPERLINK(\"http://x\")", cell.getStringCellValue());
            assertEquals(CellType.STRING, book.getSheetAt(0).getRow(1).getCell(2).getCellType());
        }
    }

    @Test
    void theBandsHaveThePagesColoursAndTheDarkestWhiteText() throws Exception {
        try (XSSFWorkbook book = read(Exports.xlsx(heat()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            XSSFCell wellAbove = sheet.getRow(2).getCell(1);
            assertEquals("7C2D12", rgb(wellAbove.getCellStyle().getFillForegroundColorColor()));
            assertEquals("FFFFFF", rgb(wellAbove.getCellStyle().getFont().getXSSFColor()));
            assertEquals("E0ECF7", rgb(sheet.getRow(2).getCell(2).getCellStyle().getFillForegroundColorColor()));
            assertEquals("FED7AA", rgb(sheet.getRow(3).getCell(2).getCellStyle().getFillForegroundColorColor()));
            assertNull(sheet.getRow(3).getCell(1).getCellStyle().getFillForegroundColorColor(), "a usual cell is not filled");
        }
    }

    @Test
    void theNamesAndTheHeaderStayInViewAndTheSheetNameIsOneExcelTakes() throws Exception {
        Exports.Table long_ = new Exports.Table("Attendance / punctuality: [weeks] * school? \\ district", List.of("Week", "n"),
                List.of(List.of("2026-11-23", 5)), null);
        try (XSSFWorkbook book = read(Exports.xlsx(long_))) {
            PaneInformation pane = book.getSheetAt(0).getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getVerticalSplitLeftColumn(), "the first column stays");
            assertEquals(2, pane.getHorizontalSplitTopRow(), "the title and header stay");
            String name = book.getSheetName(0);
            assertTrue(name.length() <= 31, name);
            assertFalse(name.matches(".*[\\\\/?*\\[\\]:].*"), name);
            assertTrue(name.startsWith("Attendance"), name);
            assertTrue(book.getSheetAt(0).getColumnWidth(0) >= 30 * 256, "the names' column is wide");
        }
    }

    @Test
    void aTitleExcelWouldRefuseAsASheetNameStillMakesAWorkbook() throws Exception {
        for (String title : List.of("'Attendance' · Hallway Middle", "???", "Attendance · St. Mary's Elementary and Middle School'")) {
            try (XSSFWorkbook book = read(Exports.xlsx(new Exports.Table(title, List.of("Week", "n"), List.of(List.of("w", 1)), null)))) {
                String name = book.getSheetName(0);
                assertFalse(name.isEmpty() || name.startsWith("'") || name.endsWith("'") || name.length() > 31, name);
                assertEquals(title, book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue(), "the title whole in the sheet");
            }
        }
        assertEquals("Roundtable", Exports.sheetName("?*:"));
    }

    @Test
    void aLargeTableIsWrittenWhole() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(List.of("School " + i + " ü", i));
        }
        try (XSSFWorkbook book = read(Exports.xlsx(new Exports.Table("Many", List.of("School", "n"), rows, null)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(5_001, sheet.getLastRowNum(), "the title, the header and 5,000 rows");
            assertEquals("School 4999 ü", sheet.getRow(5_001).getCell(0).getStringCellValue());
            assertEquals(4999.0, sheet.getRow(5_001).getCell(1).getNumericCellValue());
        }
    }

    @Test
    void csvQuotesAndDisarmsFormulas() {
        String csv = new String(Exports.csv(heat()), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFSchool,Attendance,\"'=Safety\",Total\r\n"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\",0,2.5,2.5\r\n"), csv);
    }

    private static String rgb(org.apache.poi.ss.usermodel.Color color) {
        if (color == null) {
            return null;
        }
        byte[] argb = ((XSSFColor) color).getRGB();
        StringBuilder hex = new StringBuilder();
        for (int i = argb.length - 3; i < argb.length; i++) {
            hex.append(String.format("%02X", argb[i]));
        }
        return hex.toString();
    }
}
