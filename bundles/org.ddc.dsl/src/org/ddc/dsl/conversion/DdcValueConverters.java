package org.ddc.dsl.conversion;

import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.ddc.model.units.DataRate;
import org.ddc.model.units.DataSize;
import org.ddc.model.units.Duration;
import org.ddc.model.units.Frequency;
import org.ddc.model.units.IoRate;
import org.ddc.model.units.Percentage;
import org.ddc.model.units.Power;
import org.ddc.model.units.Quantity;
import org.ddc.model.units.QuantityFormatException;
import org.ddc.model.units.RackSpace;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Converts the .ddc value rules: names (identifier or quoted string), yes/no, whole numbers and quantities with
 * units. A wrong or missing unit becomes a {@link UnitException} that the parser reports at the literal.
 */
public class DdcValueConverters extends DefaultTerminalConverters {
	private static final Pattern PLAIN_ID = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9-]*");

	private Set<String> keywords;

	@Inject
	void initKeywords(IGrammarAccess grammarAccess) {
		keywords = GrammarUtil.getAllKeywords(grammarAccess.getGrammar());
	}

	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				return string.startsWith("\"") || string.startsWith("'") ? STRING().toValue(string, node)
						: ID().toValue(string, node);
			}

			@Override
			protected String internalToString(String value) {
				boolean plain = PLAIN_ID.matcher(value).matches() && !keywords.contains(value);
				return plain ? value : STRING().toString(value);
			}
		};
	}

	@ValueConverter(rule = "YesNo")
	public IValueConverter<Boolean> YesNo() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Boolean internalToValue(String string, INode node) {
				return "yes".equals(string);
			}

			@Override
			protected String internalToString(Boolean value) {
				return value ? "yes" : "no";
			}
		};
	}

	@ValueConverter(rule = "NoValue")
	public IValueConverter<Boolean> NoValue() {
		return constantFalse("none");
	}

	@ValueConverter(rule = "NotRequired")
	public IValueConverter<Boolean> NotRequired() {
		return constantFalse("not-required");
	}

	private static IValueConverter<Boolean> constantFalse(String keyword) {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Boolean internalToValue(String string, INode node) {
				return Boolean.FALSE;
			}

			@Override
			protected String internalToString(Boolean value) {
				return keyword;
			}
		};
	}

	@ValueConverter(rule = "SignedInt")
	public IValueConverter<Integer> SignedInt() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				String digits = string.replaceAll("\\s+", "");
				try {
					return Integer.valueOf(digits);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + digits + "' is not a whole number in range", node, e);
				}
			}

			@Override
			protected String internalToString(Integer value) {
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "DataSizeValue")
	public IValueConverter<DataSize> DataSizeValue() {
		return new QuantityConverter<>(DataSize::valueOf);
	}

	@ValueConverter(rule = "DataRateValue")
	public IValueConverter<DataRate> DataRateValue() {
		return new QuantityConverter<>(DataRate::valueOf);
	}

	@ValueConverter(rule = "FrequencyValue")
	public IValueConverter<Frequency> FrequencyValue() {
		return new QuantityConverter<>(Frequency::valueOf);
	}

	@ValueConverter(rule = "PowerValue")
	public IValueConverter<Power> PowerValue() {
		return new QuantityConverter<>(Power::valueOf);
	}

	@ValueConverter(rule = "PercentageValue")
	public IValueConverter<Percentage> PercentageValue() {
		return new QuantityConverter<>(Percentage::valueOf);
	}

	@ValueConverter(rule = "DurationValue")
	public IValueConverter<Duration> DurationValue() {
		return new QuantityConverter<>(Duration::valueOf);
	}

	@ValueConverter(rule = "IoRateValue")
	public IValueConverter<IoRate> IoRateValue() {
		return new QuantityConverter<>(IoRate::valueOf);
	}

	@ValueConverter(rule = "RackSpaceValue")
	public IValueConverter<RackSpace> RackSpaceValue() {
		return new QuantityConverter<>(RackSpace::valueOf);
	}

	/** A unit error in a quantity literal; reported with the issue code {@code DDC-UNIT}. */
	public static class UnitException extends ValueConverterException {
		private static final long serialVersionUID = 1L;

		public UnitException(String message, INode node, Exception cause) {
			super(message, node, cause);
		}
	}

	private static final class QuantityConverter<Q extends Quantity> extends AbstractNullSafeConverter<Q> {
		private final Function<String, Q> parser;

		QuantityConverter(Function<String, Q> parser) {
			this.parser = parser;
		}

		@Override
		protected Q internalToValue(String string, INode node) {
			try {
				return parser.apply(string);
			} catch (QuantityFormatException e) {
				throw new UnitException(e.getMessage(), node, e);
			}
		}

		@Override
		protected String internalToString(Q value) {
			return value.toString();
		}
	}
}
