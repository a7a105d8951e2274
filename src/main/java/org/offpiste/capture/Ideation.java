package org.offpiste.capture;

import org.offpiste.novelty.Baselines;
import org.offpiste.novelty.NoveltyMeter;
import org.offpiste.novelty.Themes;

/** The ideation engine of one open project: capture, novelty meter, banal baseline and themes. */
public record Ideation(Captures captures, NoveltyMeter novelty, Baselines baselines, Themes themes) {
}
