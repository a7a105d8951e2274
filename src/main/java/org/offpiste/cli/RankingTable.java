package org.offpiste.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.offpiste.board.Idea;
import org.offpiste.i18n.Messages;
import org.offpiste.ranking.Standing;
import org.offpiste.ranking.Strength;
import org.offpiste.ranking.VoteRound;

/** The ranking as aligned columns: id, title, status, score, dots, win chance with its interval, duels. */
final class RankingTable {
    private static final int[] MAX = {12, 48, 9, 6, 6, 20, 12};
    private static final boolean[] RIGHT = {true, false, false, true, true, false, false};
    private static final String GAP = "  ";
    private final Messages messages;

    RankingTable(Messages messages) {
        this.messages = messages;
    }

    void write(List<Standing> standings, Map<Long, Idea> ideas, VoteRound round, PrintWriter out) {
        if (standings.isEmpty()) {
            out.println(messages.get("cli.ideas.none"));
            out.flush();
            return;
        }
        List<String[]> rows = new ArrayList<>(standings.size() + 1);
        rows.add(new String[] {messages.get("cli.table.id"), messages.get("cli.table.title"),
            messages.get("cli.table.status"), messages.get("cli.ranking.score"), messages.get("cli.ranking.dots"),
            messages.get("cli.ranking.chance"), messages.get("cli.ranking.duels")});
        for (Standing s : standings) {
            Idea i = ideas.get(s.ideaId());
            Strength st = s.strength();
            rows.add(new String[] {String.valueOf(i.id()), TextWidth.cell(i.title()), i.status().key(),
                s.score() == null ? "–" : messages.get("cli.ranking.scoreValue", s.score().score()),
                s.dots() == null ? "–" : String.valueOf(s.dots().dots()),
                st == null ? messages.get("cli.ranking.noDuels")
                        : messages.get("cli.ranking.chanceValue", Math.round(st.winChance() * 100),
                                Math.round(st.low() * 100), Math.round(st.high() * 100)),
                s.fewDuels() ? messages.get("cli.ranking.fewDuels", st == null ? 0 : st.duels())
                        : String.valueOf(st.duels())});
        }
        int[] widths = new int[MAX.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] = TextWidth.truncate(row[c], MAX[c]);
                widths[c] = Math.max(widths[c], TextWidth.of(row[c]));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), widths));
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < widths.length; c++) {
                    rule.append(c == 0 ? "" : GAP).append("-".repeat(widths[c]));
                }
                out.println(rule);
            }
        }
        out.println(round == null ? messages.get("cli.ranking.noRound") : messages.get("cli.ranking.round", round.name()));
        out.flush();
    }

    private static String line(String[] row, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
            b.append(c == 0 ? "" : GAP).append(RIGHT[c] ? TextWidth.padLeft(row[c], widths[c])
                    : c == row.length - 1 ? row[c] : TextWidth.pad(row[c], widths[c]));
        }
        return b.toString().stripTrailing();
    }
}
