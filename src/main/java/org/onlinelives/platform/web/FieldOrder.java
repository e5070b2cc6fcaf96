package org.onlinelives.platform.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.thymeleaf.spring6.util.DetailedError;

import org.springframework.stereotype.Component;

/**
 * Puts a form's errors in the order of its fields, so the error summary reads down the
 * page as the GOV.UK Design System asks. Forms are records whose components are in page
 * order; a path such as {@code statements[2].evidence} sorts by component, then index,
 * then the nested record's component. Page-level errors come first.
 */
@Component("fieldOrder")
public class FieldOrder {

	public List<DetailedError> sort(List<DetailedError> errors, Object form) {
		if (form == null || !form.getClass().isRecord() || errors.size() < 2) {
			return errors;
		}
		List<DetailedError> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.comparing((DetailedError error) -> key(error, form.getClass()), FieldOrder::compare));
		return sorted;
	}

	private static List<Integer> key(DetailedError error, Class<?> formType) {
		List<Integer> key = new ArrayList<>();
		if (error.isGlobal() || error.getFieldName() == null) {
			key.add(-1);
			return key;
		}
		Type current = formType;
		for (String segment : error.getFieldName().split("\\.")) {
			String name = segment;
			Integer index = null;
			int bracket = segment.indexOf('[');
			if (bracket >= 0 && segment.endsWith("]")) {
				name = segment.substring(0, bracket);
				try {
					index = Integer.valueOf(segment.substring(bracket + 1, segment.length() - 1));
				}
				catch (NumberFormatException ex) {
					index = Integer.MAX_VALUE;
				}
			}
			Class<?> type = raw(current);
			int position = Integer.MAX_VALUE;
			Type next = null;
			if (type != null && type.isRecord()) {
				RecordComponent[] components = type.getRecordComponents();
				for (int i = 0; i < components.length; i++) {
					if (components[i].getName().equals(name)) {
						position = i;
						next = components[i].getGenericType();
					}
				}
			}
			key.add(position);
			if (index != null) {
				key.add(index);
				next = (next instanceof ParameterizedType parameterized
						&& parameterized.getActualTypeArguments().length == 1)
								? parameterized.getActualTypeArguments()[0] : null;
			}
			current = next;
		}
		return key;
	}

	private static Class<?> raw(Type type) {
		if (type instanceof Class<?> plain) {
			return plain;
		}
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
			return raw;
		}
		return null;
	}

	private static int compare(List<Integer> left, List<Integer> right) {
		for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
			int difference = Integer.compare(left.get(i), right.get(i));
			if (difference != 0) {
				return difference;
			}
		}
		return Integer.compare(left.size(), right.size());
	}

}
