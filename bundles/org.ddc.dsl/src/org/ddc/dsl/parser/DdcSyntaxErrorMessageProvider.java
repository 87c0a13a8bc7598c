package org.ddc.dsl.parser;

import org.ddc.dsl.conversion.DdcValueConverters.UnitException;
import org.ddc.dsl.validation.IssueCodes;
import org.ddc.rules.Fix;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Gives syntax errors the code DDC-SYNTAX and unit errors the code DDC-UNIT with the units that fit as fix data. */
public class DdcSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), IssueCodes.SYNTAX);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		ValueConverterException exception = context.getValueConverterException();
		if (exception instanceof UnitException unit) {
			return new SyntaxErrorMessage(exception.getMessage(), IssueCodes.UNIT, Fix.toData(unit.fixes()));
		}
		return new SyntaxErrorMessage(exception.getMessage(), IssueCodes.SYNTAX);
	}
}
