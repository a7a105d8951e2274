package org.offpiste.export;

/**
 * Guards CSV cells against formula injection: a spreadsheet runs a cell that starts with
 * {@code = + - @}, a tab or a carriage return as a formula, so such a cell is written with a
 * leading {@code '} (OWASP's advice), and read back without it. A cell that starts with
 * {@code '} and then one of those gets a second one, so the round trip is exact.
 */
final class CsvCells {
    private static final String TRIGGERS = "=+-@\t\r";

    private CsvCells() {
    }

    static String guard(String cell) {
        return needsGuard(cell, 0) || cell.startsWith("'") && needsGuard(cell, 1) ? "'" + cell : cell;
    }

    static String unguard(String cell) {
        return cell.startsWith("'") && (needsGuard(cell, 1) || cell.startsWith("''") && needsGuard(cell, 2))
                ? cell.substring(1) : cell;
    }

    private static boolean needsGuard(String cell, int at) {
        return cell.length() > at && TRIGGERS.indexOf(cell.charAt(at)) >= 0;
    }
}
