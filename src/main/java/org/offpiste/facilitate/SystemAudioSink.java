package org.offpiste.facilitate;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** The sound card through {@code javax.sound.sampled}; without one (a CI machine) it does nothing. */
final class SystemAudioSink implements Chime.AudioSink {
    private static final Logger LOG = Logger.getLogger(SystemAudioSink.class.getName());

    @Override
    public void play(byte[] pcm, AudioFormat format) {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            LOG.log(Level.FINE, "No audio device for the chime", e);
        }
    }
}
