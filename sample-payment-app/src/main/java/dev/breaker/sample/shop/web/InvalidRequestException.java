package dev.breaker.sample.shop.web;

/**
 * Thrown when a request body holds a bad value; answered with a 400 problem detail whose {@code field} property
 * names the offending field (for example {@code items[0].quantity}).
 */
public class InvalidRequestException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	/**
	 * Creates an exception for a bad field.
	 * @param field the path of the field in the request body, such as {@code items[1].sku}
	 * @param message what is wrong and what is allowed, e.g. {@code quantity must be at least 1 but was 0}
	 */
	public InvalidRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * Returns the path of the bad field in the request body.
	 * @return the field path
	 */
	public String getField() {
		return this.field;
	}

}
