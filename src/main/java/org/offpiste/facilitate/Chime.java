package org.offpiste.facilitate;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import org.offpiste.ui.TaskExecutor;

/**
 * The sound at the end of a round: a short two-note chime, synthesised (no sound file, no media
 * library) and played on a background executor. Where there is no audio device the sink does
 * nothing, quietly.
 */
public final class Chime {
    /** 44.1 kHz, 16-bit signed, mono, little-endian. */
    public static final AudioFormat FORMAT = new AudioFormat(44_100f, 16, 1, true, false);
    private static final Logger LOG = Logger.getLogger(Chime.class.getName());
    private static final double[] NOTES_HZ = {1318.51, 1046.50};
    private static final double NOTE_SECONDS = 0.45;
    private static final double LOUDNESS = 0.35;
    private final TaskExecutor executor;
    private final AudioSink sink;

    /** Where the samples go: the sound card, or a test's recorder. */
    @FunctionalInterface
    public interface AudioSink {
        /** Plays {@code pcm} in {@link #FORMAT}, blocking until done; does nothing without a device. */
        void play(byte[] pcm, AudioFormat format);
    }

    public Chime(TaskExecutor executor, AudioSink sink) {
        this.executor = executor;
        this.sink = sink;
    }

    /** With the machine's sound card. */
    public static Chime ofSystem(TaskExecutor executor) {
        return new Chime(executor, new SystemAudioSink());
    }

    /** Plays the chime in the background; returns at once. */
    public void play() {
        executor.run(() -> {
            sink.play(samples(), FORMAT);
            return true;
        }, done -> { }, e -> LOG.log(Level.FINE, "The chime could not play", e));
    }

    /** The chime's PCM samples: each note a sine with a soft attack and an exponential decay. */
    public static byte[] samples() {
        int perNote = (int) (FORMAT.getSampleRate() * NOTE_SECONDS);
        byte[] pcm = new byte[perNote * NOTES_HZ.length * 2];
        int at = 0;
        for (double hz : NOTES_HZ) {
            for (int i = 0; i < perNote; i++) {
                double t = i / (double) FORMAT.getSampleRate();
                double attack = Math.min(1.0, t / 0.01);
                double envelope = attack * Math.exp(-t * 6.0);
                double value = Math.sin(2 * Math.PI * hz * t) + 0.3 * Math.sin(4 * Math.PI * hz * t);
                short sample = (short) Math.round(value / 1.3 * envelope * LOUDNESS * Short.MAX_VALUE);
                pcm[at++] = (byte) sample;
                pcm[at++] = (byte) (sample >> 8);
            }
        }
        return pcm;
    }
}
