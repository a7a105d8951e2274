package org.offpiste.facilitate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.offpiste.ui.DirectTaskExecutor;

/** The chime: its samples, what reaches the audio sink, and silence without a device. */
class ChimeTest {
    @Test
    void theChimeIsTwoNotesOf16BitMonoSamplesThatFadeOut() {
        byte[] pcm = Chime.samples();
        int perNote = (int) (44_100 * 0.45);
        assertThat(pcm).hasSize(perNote * 2 * 2);
        short[] s = new short[pcm.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
        }
        assertThat(s[0]).as("starts from silence").isZero();
        int loudest = 0;
        for (short v : s) {
            loudest = Math.max(loudest, Math.abs(v));
        }
        assertThat(loudest).as("audible but well below clipping").isBetween(5_000, 16_000);
        int endOfFirstNote = 0;
        for (int i = perNote - 200; i < perNote; i++) {
            endOfFirstNote = Math.max(endOfFirstNote, Math.abs(s[i]));
        }
        assertThat(endOfFirstNote).as("each note fades").isLessThan(loudest / 5);
    }

    @Test
    void playingSendsTheSamplesToTheSinkInTheChimesFormat() {
        List<byte[]> played = new ArrayList<>();
        List<AudioFormat> formats = new ArrayList<>();
        new Chime(new DirectTaskExecutor(), (pcm, format) -> {
            played.add(pcm);
            formats.add(format);
        }).play();
        assertThat(played).hasSize(1);
        assertThat(played.get(0)).isEqualTo(Chime.samples());
        assertThat(formats.get(0).getSampleRate()).isEqualTo(44_100f);
        assertThat(formats.get(0).getSampleSizeInBits()).isEqualTo(16);
        assertThat(formats.get(0).getChannels()).isEqualTo(1);
    }

    @Test
    void withoutASoundCardTheChimeQuietlyDoesNothing() {
        new SystemAudioSink().play(Chime.samples(), Chime.FORMAT);
        new Chime(new DirectTaskExecutor(), (pcm, format) -> {
            throw new IllegalStateException("no mixer");
        }).play();
    }
}
