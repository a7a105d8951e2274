package org.offpiste.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.board.Tags;

/**
 * Reads ideas from CSV: a header row naming the columns (title required; body, tags, status,
 * author optional; English or French names, any case), {@code ,} or {@code ;} as delimiter
 * (detected from the header), UTF-8 with or without BOM, quoted multi-line bodies; a cell
 * guarded against formula injection on export loses its guard ({@link CsvCells}). All or
 * nothing: the first bad row fails the whole read with its line number.
 */
public final class IdeaCsvReader {
    private static final int HEADER_LIMIT = 1 << 16;
    private final String defaultAuthor;

    /** {@code defaultAuthor} is used for rows without an author. */
    public IdeaCsvReader(String defaultAuthor) {
        this.defaultAuthor = defaultAuthor;
    }

    public List<NewIdea> read(Reader source) throws IOException, CsvImportException {
        BufferedReader in = new BufferedReader(source, HEADER_LIMIT);
        skipBom(in);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(Delimiters.detect(in, HEADER_LIMIT))
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = format.parse(in)) {
            return read(parser);
        } catch (UncheckedIOException e) {
            throw unwrap(e.getCause());
        } catch (CSVException e) {
            throw unwrap(e);
        }
    }

    private List<NewIdea> read(CSVParser parser) throws CsvImportException {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw new CsvImportException(CsvImportException.Reason.EMPTY, 0, "");
        }
        Map<IdeaColumns, Integer> columns = columns(records.next());
        if (!columns.containsKey(IdeaColumns.TITLE)) {
            throw new CsvImportException(CsvImportException.Reason.NO_TITLE_COLUMN, 1, "");
        }
        List<NewIdea> ideas = new ArrayList<>();
        Map<String, List<String>> tags = new HashMap<>();
        long line = parser.getCurrentLineNumber() + 1;
        while (records.hasNext()) {
            CSVRecord row = records.next();
            long end = parser.getCurrentLineNumber();
            line = Math.max(line, end - lineBreaks(row));
            if (!isBlank(row)) {
                ideas.add(idea(row, columns, line, tags));
            }
            line = end + 1;
        }
        return ideas;
    }

    /** {@code tags} caches normalised tag lists: imports repeat a few, and normalising is slow. */
    private NewIdea idea(CSVRecord row, Map<IdeaColumns, Integer> columns, long line, Map<String, List<String>> tags)
            throws CsvImportException {
        String title = cell(row, columns, IdeaColumns.TITLE).strip();
        if (title.isEmpty()) {
            throw new CsvImportException(CsvImportException.Reason.EMPTY_TITLE, line, "");
        }
        String statusText = cell(row, columns, IdeaColumns.STATUS).strip();
        IdeaStatus status;
        try {
            status = statusText.isEmpty() ? IdeaStatus.INBOX : IdeaStatus.parse(statusText);
        } catch (IllegalArgumentException e) {
            throw new CsvImportException(CsvImportException.Reason.BAD_STATUS, line, statusText);
        }
        String author = cell(row, columns, IdeaColumns.AUTHOR).strip();
        return new NewIdea(title, cell(row, columns, IdeaColumns.BODY).strip(),
                tags.computeIfAbsent(cell(row, columns, IdeaColumns.TAGS), Tags::split), status,
                author.isEmpty() ? defaultAuthor : author);
    }

    private static Map<IdeaColumns, Integer> columns(CSVRecord header) {
        Map<IdeaColumns, Integer> columns = new EnumMap<>(IdeaColumns.class);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            IdeaColumns.forHeader(header.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        return columns;
    }

    private static String cell(CSVRecord row, Map<IdeaColumns, Integer> columns, IdeaColumns column) {
        Integer i = columns.get(column);
        return i == null || i >= row.size() ? "" : CsvCells.unguard(row.get(i));
    }

    private static boolean isBlank(CSVRecord row) {
        for (String v : row) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Line breaks inside the row's quoted values, to find the line where the row starts. */
    private static long lineBreaks(CSVRecord row) {
        long n = 0;
        for (String v : row) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == v.length() || v.charAt(i + 1) != '\n')) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void skipBom(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
    }

    private static IOException unwrap(Throwable cause) throws CsvImportException {
        if (cause instanceof CSVException) {
            throw new CsvImportException(CsvImportException.Reason.MALFORMED, lineOf(cause.getMessage()), "");
        }
        return cause instanceof IOException ? (IOException) cause : new IOException(cause);
    }

    /** commons-csv names the line of a syntax error in its message: "(line 12)" or "(startline 12)". */
    private static long lineOf(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(message));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
