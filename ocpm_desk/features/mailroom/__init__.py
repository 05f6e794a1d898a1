"""The mail room: printing, shipping, returns, tracking, deposit lists and appeal deadlines."""
