package org.onlinelives.survey.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.onlinelives.survey.responses.AnswerCodec;
import org.roaringbitmap.RoaringBitmap;

/**
 * One survey's responses as bitmaps: for each question and option, the respondents (by
 * position in the index, not by any stored id) who chose it; for each question, who
 * answered it; for each link, who came through it. Plain Java, so it can be measured and
 * tested without Spring.
 */
public final class AnswerIndex {

	private final Map<String, Map<String, RoaringBitmap>> chosen = new HashMap<>();

	private final Map<String, RoaringBitmap> answered = new HashMap<>();

	private final Map<Long, RoaringBitmap> byLink = new HashMap<>();

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private int size;

	/** Adds one response; returns its position. */
	public int add(Long linkId, Map<String, List<String>> answers) {
		this.lock.writeLock().lock();
		try {
			int row = this.size++;
			answers.forEach((question, options) -> {
				for (String option : options) {
					mark(question, option, row);
				}
			});
			if (linkId != null) {
				this.byLink.computeIfAbsent(linkId, (id) -> new RoaringBitmap()).add(row);
			}
			return row;
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/** Adds one response in its stored form (used while building). */
	int addEncoded(Long linkId, String encoded) {
		int row = this.size++;
		AnswerCodec.visit(encoded, (question, option) -> mark(question, option, row));
		if (linkId != null) {
			this.byLink.computeIfAbsent(linkId, (id) -> new RoaringBitmap()).add(row);
		}
		return row;
	}

	private void mark(String question, String option, int row) {
		this.chosen.computeIfAbsent(question, (q) -> new HashMap<>())
			.computeIfAbsent(option, (o) -> new RoaringBitmap())
			.add(row);
		this.answered.computeIfAbsent(question, (q) -> new RoaringBitmap()).add(row);
	}

	/** Compresses runs once a build is finished. */
	void optimise() {
		this.chosen.values().forEach((options) -> options.values().forEach(RoaringBitmap::runOptimize));
		this.answered.values().forEach(RoaringBitmap::runOptimize);
		this.byLink.values().forEach(RoaringBitmap::runOptimize);
	}

	/** Runs a read over the index while no response is being added. */
	public <T> T read(Function<View, T> reading) {
		this.lock.readLock().lock();
		try {
			return reading.apply(new View());
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** Read access to the bitmaps; valid only inside {@link #read}. */
	public final class View {

		private static final RoaringBitmap EMPTY = new RoaringBitmap();

		public int size() {
			return AnswerIndex.this.size;
		}

		public RoaringBitmap chose(String question, String option) {
			Map<String, RoaringBitmap> options = AnswerIndex.this.chosen.get(question);
			RoaringBitmap bitmap = (options != null) ? options.get(option) : null;
			return (bitmap != null) ? bitmap : EMPTY;
		}

		/** Everyone who chose any of the options. */
		public RoaringBitmap choseAny(String question, List<String> options) {
			RoaringBitmap union = new RoaringBitmap();
			for (String option : options) {
				union.or(chose(question, option));
			}
			return union;
		}

		public RoaringBitmap answered(String question) {
			RoaringBitmap bitmap = AnswerIndex.this.answered.get(question);
			return (bitmap != null) ? bitmap : EMPTY;
		}

		public RoaringBitmap cameThrough(long linkId) {
			RoaringBitmap bitmap = AnswerIndex.this.byLink.get(linkId);
			return (bitmap != null) ? bitmap : EMPTY;
		}

	}

	public int size() {
		this.lock.readLock().lock();
		try {
			return this.size;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** Bytes the bitmaps take when serialised (their in-memory size is close to it). */
	public long sizeInBytes() {
		this.lock.readLock().lock();
		try {
			long bytes = 0;
			for (Map<String, RoaringBitmap> options : this.chosen.values()) {
				for (RoaringBitmap bitmap : options.values()) {
					bytes += bitmap.getLongSizeInBytes();
				}
			}
			for (RoaringBitmap bitmap : this.answered.values()) {
				bytes += bitmap.getLongSizeInBytes();
			}
			for (RoaringBitmap bitmap : this.byLink.values()) {
				bytes += bitmap.getLongSizeInBytes();
			}
			return bytes;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

}
