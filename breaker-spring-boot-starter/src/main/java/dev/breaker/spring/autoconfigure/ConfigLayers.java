package dev.breaker.spring.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.autoconfigure.BreakerProperties.Instance;

/**
 * Resolves the layers a configuration entry inherits from: {@code breaker.configs.default}, then the
 * {@code base-config} chain from its root down, then the entry itself. An unknown {@code base-config} or a chain that
 * loops is an {@link InvalidBreakerPropertyException}.
 */
final class ConfigLayers {

	static final String CONFIGS = "breaker.configs.";

	private static final String DEFAULT_PATH = CONFIGS + CircuitBreakerRegistry.DEFAULT_CONFIG;

	private final Map<String, Instance> configs;

	ConfigLayers(Map<String, Instance> configs) {
		this.configs = configs;
	}

	/**
	 * Returns the layers of an entry, from the most general to the entry itself: the layers of
	 * {@code breaker.configs.default} (unless the entry is that configuration), then the entry's {@code base-config}
	 * chain from its root down, then the entry. A layer may appear twice (for example {@code default} when a chain
	 * names it explicitly); applying it again in chain order gives the same result.
	 * @param path the entry's property path, e.g. {@code breaker.instances.payment}
	 * @param entry the entry
	 * @return the layers, most general first
	 * @throws InvalidBreakerPropertyException if a {@code base-config} is unknown or the chain is a cycle
	 */
	List<Layer> of(String path, Instance entry) {
		List<Layer> layers = new ArrayList<>();
		if (!path.equals(DEFAULT_PATH)) {
			layers.addAll(inherited());
		}
		layers.addAll(chain(path, entry));
		return layers;
	}

	/**
	 * Returns the layers every entry inherits: those of {@code breaker.configs.default}, if configured.
	 * @return the layers, most general first; empty when there is no default configuration
	 */
	List<Layer> inherited() {
		Instance defaults = this.configs.get(CircuitBreakerRegistry.DEFAULT_CONFIG);
		return (defaults != null) ? chain(DEFAULT_PATH, defaults) : List.of();
	}

	private List<Layer> chain(String path, Instance entry) {
		List<Layer> chain = new ArrayList<>();
		Set<String> visited = new LinkedHashSet<>();
		Layer layer = new Layer(path, entry);
		while (true) {
			chain.add(0, layer);
			String baseName = layer.entry().getBaseConfig();
			if (baseName == null) {
				return chain;
			}
			visited.add(layer.path());
			String basePath = CONFIGS + baseName;
			Instance base = this.configs.get(baseName);
			if (base == null) {
				throw new InvalidBreakerPropertyException(layer.path() + ".base-config", baseName,
						"the name of a configuration under breaker.configs " + this.configs.keySet(), null);
			}
			if (visited.contains(basePath)) {
				throw new InvalidBreakerPropertyException(layer.path() + ".base-config", baseName,
						"a configuration that does not inherit from itself, but the chain is a cycle: "
								+ cycle(visited, basePath),
						null);
			}
			layer = new Layer(basePath, base);
		}
	}

	private static String cycle(Set<String> visited, String repeated) {
		List<String> paths = new ArrayList<>();
		boolean inCycle = false;
		for (String path : visited) {
			inCycle = inCycle || path.equals(repeated);
			if (inCycle) {
				paths.add(path);
			}
		}
		paths.add(repeated);
		return String.join(" -> ", paths);
	}

	/**
	 * One level of configuration: an entry of {@code breaker.configs} or {@code breaker.instances} and its path.
	 * @param path the entry's property path
	 * @param entry the entry
	 */
	record Layer(String path, Instance entry) {
	}

}
