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
    private static final Columns COLUMNS = new Columns(new int[] {12, 48, 9, 6, 6, 20, 12},
            new boolean[] {true, false, false, true, true, false, false});
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
        COLUMNS.print(rows, out);
        out.println(round == null ? messages.get("cli.ranking.noRound") : messages.get("cli.ranking.round", round.name()));
        out.flush();
    }
}
