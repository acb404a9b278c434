/** The longest help search a person may type: the form stops there and the server refuses more. */
export const MAX_HELP_QUERY_LENGTH = 200;
