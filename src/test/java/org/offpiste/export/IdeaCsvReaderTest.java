package org.offpiste.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;

class IdeaCsvReaderTest {
    private final IdeaCsvReader reader = new IdeaCsvReader("Ana");

    private List<NewIdea> read(String csv) throws Exception {
        return reader.read(new StringReader(csv));
    }

    @Test
    void readsTitleBodyTagsAndStatusWithDefaults() throws Exception {
        List<NewIdea> ideas = read("title,body,tags,status\nA,first body,b; a ,shortlist\nB,,,\n");

        assertThat(ideas).containsExactly(
                new NewIdea("A", "first body", List.of("a", "b"), IdeaStatus.SHORTLIST, "Ana"),
                new NewIdea("B", "", List.of(), IdeaStatus.INBOX, "Ana"));
    }

    @Test
    void acceptsFrenchHeadersInAnyCaseSemicolonsAndABom() throws Exception {
        List<NewIdea> ideas = read("\uFEFFTitre;Corps;Étiquettes;STATUT\nTélésiège;Un corps;été;parked\n");

        assertThat(ideas).containsExactly(
                new NewIdea("Télésiège", "Un corps", List.of("été"), IdeaStatus.PARKED, "Ana"));
    }

    @Test
    void acceptsDescriptionAsBodyAndKeepsAnAuthorColumn() throws Exception {
        List<NewIdea> ideas = read("description,TITLE,author\nbody text,T,Zoé\n");

        assertThat(ideas).containsExactly(new NewIdea("T", "body text", List.of(), IdeaStatus.INBOX, "Zoé"));
    }

    @Test
    void readsQuotedMultiLineBodiesWithDelimitersInside() throws Exception {
        List<NewIdea> ideas = read("title;body\n\"A; b\";\"line 1\r\nline 2; \"\"quoted\"\"\"\n");

        assertThat(ideas).extracting(NewIdea::title, NewIdea::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A; b", "line 1\r\nline 2; \"quoted\""));
    }

    @Test
    void skipsBlankLinesAndBlankRows() throws Exception {
        assertThat(read("title,body\n\nA,x\n,\n\nB,y")).extracting(NewIdea::title).containsExactly("A", "B");
    }

    @Test
    void anEmptyTitleNamesItsLineCountingLinesInsideQuotedBodies() {
        String csv = "title,body\nA,\"two\nlines\"\nB,x\n,no title\n";

        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(CsvImportException.class, e -> {
            assertThat(e.reason()).isEqualTo(CsvImportException.Reason.EMPTY_TITLE);
            assertThat(e.line()).isEqualTo(5);
        });
    }

    @Test
    void anUnknownStatusNamesItsLineAndValue() {
        assertThatThrownBy(() -> read("title,status\nA,inbox\nB,maybe\n"))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CsvImportException.Reason.BAD_STATUS);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.args()).containsExactly("3", "maybe");
                });
    }

    @Test
    void aHeaderWithoutTitleIsRefused() {
        assertThatThrownBy(() -> read("name,body\nA,b\n"))
                .isInstanceOfSatisfying(CsvImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(CsvImportException.Reason.NO_TITLE_COLUMN));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOfSatisfying(CsvImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(CsvImportException.Reason.EMPTY));
    }

    @Test
    void anUnclosedQuoteIsMalformed() {
        assertThatThrownBy(() -> read("title,body\nA,\"never closed\nB,x\n"))
                .isInstanceOfSatisfying(CsvImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(CsvImportException.Reason.MALFORMED));
    }

    @Test
    void aHeaderOnlyFileHasNoIdeas() throws Exception {
        assertThat(read("title,body,tags,status\r\n")).isEmpty();
    }
}
