"""Reading Chinese report language: numbers with their units and qualifiers, and period expressions."""
