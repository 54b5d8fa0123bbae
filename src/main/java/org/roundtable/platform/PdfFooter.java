package org.roundtable.platform;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/** The footer of the portal's PDFs: who printed it and when (the caller's words), and the page number, on every page. */
public final class PdfFooter extends PdfPageEventHelper {

    private final String text;

    public PdfFooter(String text) {
        this.text = text;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                new Phrase(text + " · " + writer.getPageNumber(), new Font(Font.HELVETICA, 7, Font.NORMAL, Color.GRAY)),
                document.left(), page.getBottom() + 20, 0);
    }
}
