"""r1540: the information platform of the Security Council's 1540 Committee."""
